import type { Site } from '../model/site.js';
import type { TreeFile } from '../model/layout.js';
/**
 * The files a run over `targets` will read, as far as can be told before parsing: the targets, the
 * source of each (or, for a page without a source, its sibling translations, which it is compared
 * with instead) and, for a large run, the English variables files (headings and references resolve
 * variables). Link targets outside these are parsed when a rule asks for them.
 */
export declare function filesToPreload(site: Site, targets: readonly TreeFile[]): TreeFile[];
