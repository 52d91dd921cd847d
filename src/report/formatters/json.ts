import type { LintResult } from '../../results.js';

/** ESLint's JSON format: the array of per-file results, paths relative to the root. */
export function formatJson(results: readonly LintResult[]): string {
  // `context` is docs-lint's own (for baselines and fingerprints), not part of ESLint's format.
  return `${JSON.stringify(results, (key, value: unknown) => (key === 'context' ? undefined : value))}\n`;
}
