import type { LintOptions } from './options.js';
import type { TreeFile } from '../model/layout.js';
/** The files whose findings are reported: the whole tree, or what the paths and languages select. */
export declare function selectTargets(files: readonly TreeFile[], root: string, options: LintOptions): TreeFile[];
/** Whether a folder that could not be listed lies where the run looks (the whole tree, or under a path given). */
export declare function selectsFolder(folder: string, root: string, options: LintOptions): boolean;
