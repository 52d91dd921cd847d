import type { LintResult } from '../../results.js';
import type { RuleMeta } from '../../rule-kit/rule.js';
export declare const FORMAT_NAMES: readonly ["stylish", "json", "sarif", "github", "summary"];
export type FormatName = (typeof FORMAT_NAMES)[number];
export declare function isFormatName(name: string): name is FormatName;
/** The format a report file's name implies, or null when it implies none. */
export declare function formatForFile(file: string): FormatName | null;
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
export declare function formatResults(format: FormatName, results: readonly LintResult[], context: FormatContext): string;
