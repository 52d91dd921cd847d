import { type Layout } from '../model/layout.js';
/** What changed: since a commit (to the work tree, untracked files included), or in the index. */
export type ChangeSet = {
    since: string;
} | {
    staged: true;
};
/**
 * The files to lint for a change set, as absolute paths: the changed pages, reusables and variables
 * files (an English one stands for its translations, as a path given to `lint` does), and the pages
 * and reusables that use a changed reusable or variables file. Deleted files are left out.
 */
export declare function changedPaths(root: string, changes: ChangeSet, layout?: Layout): Promise<string[]>;
