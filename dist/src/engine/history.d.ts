import { type GitHistory } from '../model/history.js';
import type { TreeFile } from '../model/layout.js';
import type { Site } from '../model/site.js';
/** The git history of the sources and translations being linted, read once; null (and said with --debug) without git. */
export declare function loadHistory(root: string, targets: readonly TreeFile[], site: Site, users: string, debug?: (line: string) => void): Promise<GitHistory | null>;
