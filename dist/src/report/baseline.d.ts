import { type LintResult } from '../results.js';
/** One accepted finding (or `count` alike in the same place). */
export interface BaselineEntry {
    file: string;
    rule: string;
    /** The text of the finding's line around it. */
    text: string;
    /** The flagged text. */
    span: string;
    count: number;
}
export interface Baseline {
    entries: BaselineEntry[];
}
/** Reads a baseline file; a missing or malformed one is a usage error (one line, exit 2). */
export declare function readBaseline(file: string): Baseline;
export declare function serializeBaseline(baseline: Baseline): string;
/** The findings of a run, as baseline entries. */
export declare function baselineOf(results: readonly LintResult[]): Baseline;
export interface BaselineUpdate {
    baseline: Baseline;
    /** Findings recorded that the previous baseline did not have. */
    added: number;
    /** Previous entries that no longer occur (removed). */
    pruned: number;
}
/**
 * The baseline to write after a run: its findings, plus the previous entries the run did not look at
 * (`covered` says which it did: files linted, rules on), so a narrowed run does not drop them.
 */
export declare function updateBaseline(results: readonly LintResult[], previous: Baseline | null, covered: (entry: BaselineEntry) => boolean): BaselineUpdate;
export interface BaselineApplied {
    /** The results without the findings the baseline has. */
    results: LintResult[];
    /** Findings left out because the baseline has them. */
    suppressed: number;
    /** Baseline entries (counted singly) that no longer occur in the files linted. */
    stale: number;
}
/** Leaves out the findings the baseline has (as many of each as it records), and recounts. */
export declare function applyBaseline(results: readonly LintResult[], baseline: Baseline, isFixable: (ruleId: string) => boolean, covered: (entry: BaselineEntry) => boolean): BaselineApplied;
