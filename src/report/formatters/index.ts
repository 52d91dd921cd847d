import type { LintResult } from '../../results.js';
import type { RuleMeta } from '../../rule-kit/rule.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatSummary } from './summary.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'summary'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The format a report file's name implies, or null when it implies none. */
export function formatForFile(file: string): FormatName | null {
  const name = file.toLowerCase();
  if (name.endsWith('.sarif') || name.endsWith('.sarif.json')) return 'sarif';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'summary';
  if (name.endsWith('.txt') || name.endsWith('.log')) return 'stylish';
  return null;
}

/** Everything any formatter needs besides the results. */
export interface FormatContext {
  rules: readonly Pick<RuleMeta, 'id' | 'description' | 'defaultSeverity'>[];
  version: string;
  color: boolean;
  /** How stylish shows a root-relative path (relative to the current directory, for clickable links). */
  displayPath: (filePath: string) => string;
  /** How sarif, github and summary name a file: relative to the checkout (the current directory). */
  checkoutPath: (filePath: string) => string;
  linkBase?: string;
  summaryLimit?: number;
  fullListAt?: string;
}

export function formatResults(format: FormatName, results: readonly LintResult[], context: FormatContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(results, { color: context.color, displayPath: context.displayPath });
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, { ...context, displayPath: context.checkoutPath });
    case 'github':
      return formatGithub(results, { ...context, displayPath: context.checkoutPath });
    case 'summary':
      return formatSummary(results, { ...context, displayPath: context.checkoutPath, limit: context.summaryLimit });
  }
}
