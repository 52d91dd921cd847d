import { type LintOptions, type LintReport } from '../engine/lint.js';
import type { Fix } from '../rule-kit/rule.js';
/** A file that `--fix` changed (or `--fix-dry-run` would change). */
export interface FixedFile {
    /** Path relative to the root. */
    filePath: string;
    /** The text before the first fix and after the last one (after a BOM, as the document model has it). */
    before: string;
    after: string;
    /** How many fixes were applied, over all passes. */
    count: number;
}
export interface FixOutcome {
    /** The findings left after fixing: a fresh lint with `--fix`, the unfixed findings with a dry run. */
    report: LintReport;
    files: FixedFile[];
    /** Files whose fixes could not be applied, with why (one line each). */
    failures: {
        filePath: string;
        message: string;
    }[];
}
/**
 * Lints, applies every fix the findings carry, and lints again until nothing more is fixed. With
 * `write: false` nothing is written: one pass is planned and the findings it would fix are dropped.
 */
export declare function lintAndFix(options: LintOptions, { write }: {
    write: boolean;
}): Promise<FixOutcome>;
/** A unified diff of what the fixes change, file by file, with git-style `a/` and `b/` names. */
export declare function formatFixDiff(files: readonly FixedFile[]): string;
/**
 * Applies fixes to a text, in order of position. A fix that overlaps one already taken waits for the
 * next pass (the text it was computed on will have changed), and so does a second insertion at the
 * same point, since nothing says which goes first. A fix that changes nothing is not counted.
 * Line breaks in a fix's text take the text's own style (its first line break).
 */
export declare function applyFixes(text: string, fixes: readonly Fix[]): {
    text: string;
    applied: Fix[];
};
