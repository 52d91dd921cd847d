import type { LintMessage, LintResult } from '../results.js';
/**
 * What identifies a finding across edits: its file, rule and the text around it, never its line
 * number. Findings with equal keys are told apart by their order (see `occurrences`).
 */
export declare function findingKey(filePath: string, message: LintMessage): string;
/** Each finding with its key and its index among the findings of the same key, in report order. */
export declare function occurrences(results: readonly LintResult[]): {
    result: LintResult;
    message: LintMessage;
    key: string;
    index: number;
}[];
/** A stable fingerprint per finding: a hash of its key, then its occurrence index. */
export declare function fingerprints(results: readonly LintResult[]): Map<LintMessage, string>;
