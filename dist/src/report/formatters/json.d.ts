import type { LintResult } from '../../results.js';
/** ESLint's JSON format: the array of per-file results, paths relative to the root. */
export declare function formatJson(results: readonly LintResult[]): string;
