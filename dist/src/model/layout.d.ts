import { type FileKind, type Language } from './document.js';
/** Where a GitHub-docs-style tree keeps its files, relative to the root. */
export interface Layout {
    content: string;
    data: string;
    translations: string;
}
export declare const DEFAULT_LAYOUT: Layout;
/** One file of the tree. */
export interface TreeFile {
    /** Path relative to the root, `/`-separated. */
    path: string;
    lang: Language;
    kind: FileKind;
    /** The path the English source has or would have: the key that ties a page's variants together. */
    key: string;
    /** Why the file is not read (a symbolic link out of the tree): reported as its parse error. */
    refused?: string;
}
/**
 * Classifies a root-relative path: which language it is in, what kind of file it is, and the key of
 * its page. Null for files docs-lint does not read.
 */
export declare function classify(relative: string, layout?: Layout): TreeFile | null;
export interface DiscoveredTree {
    files: TreeFile[];
    /** Paths that could not be listed (a folder without permission, say), with why. */
    unreadable: {
        path: string;
        message: string;
    }[];
}
/** Lists every file docs-lint reads under the root, in a stable order. */
export declare function discoverTree(root: string, layout?: Layout): Promise<DiscoveredTree>;
/** Whether `absolute` (a real path, links resolved) is `realRoot` or inside it. */
export declare function isInside(realRoot: string, absolute: string): boolean;
export declare const OUTSIDE_ROOT_MESSAGE = "This is a symbolic link to something outside the docs tree; docs-lint does not follow it.";
