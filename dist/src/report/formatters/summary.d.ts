import type { LintResult } from '../../results.js';
import type { RuleMeta } from '../../rule-kit/rule.js';
/** GitHub's limit on a step summary, and on a pull request comment (bytes of UTF-8). */
export declare const STEP_SUMMARY_LIMIT: number;
export declare const COMMENT_LIMIT: number;
export interface SummaryOptions {
    /** Rule order for the table's columns. */
    rules: readonly Pick<RuleMeta, 'id'>[];
    /** A root-relative path as seen from the repository root. */
    displayPath?: (filePath: string) => string;
    /** Prefix of links to files (`https://github.com/o/r/blob/SHA/`); without it, links are relative paths. */
    linkBase?: string;
    /** Most bytes the report may have (STEP_SUMMARY_LIMIT by default). */
    limit?: number;
    /** Where the full list is, for the note when the report is cut. */
    fullListAt?: string;
}
/**
 * A Markdown report for `$GITHUB_STEP_SUMMARY` or a pull request comment: per language a row of
 * counts by rule, then the findings grouped by file with links to their lines, cut to fit `limit`.
 */
export declare function formatSummary(results: readonly LintResult[], options: SummaryOptions): string;
/**
 * Text as inline Markdown that shows as written: on one line, code spans kept, and elsewhere the
 * punctuation that would start a tag, link or emphasis escaped.
 */
export declare function markdownText(text: string): string;
