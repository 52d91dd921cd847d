import type { LintResult } from '../../results.js';
export interface StylishOptions {
    /** ANSI colours (only on a terminal). */
    color: boolean;
    /** How a root-relative path is shown (relative to the current directory, for clickable links). */
    displayPath?: (filePath: string) => string;
}
/**
 * ESLint's stylish layout: findings grouped under their file, then a summary line. Each row starts
 * with `file:line:col`, which terminals and editors turn into a link to the place.
 */
export declare function formatStylish(results: readonly LintResult[], options: StylishOptions): string;
