import type { LintResult } from '../engine.js';

/** ESLint's JSON format: the array of per-file results, paths relative to the root. */
export function formatJson(results: readonly LintResult[]): string {
  return `${JSON.stringify(results)}\n`;
}
