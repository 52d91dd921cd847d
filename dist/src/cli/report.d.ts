import { type BaselineEntry } from '../report/baseline.js';
import { type LintResult } from '../results.js';
import { type FormatContext, type FormatName } from '../report/formatters/index.js';
export interface OutputFile {
    file: string;
    format: FormatName;
}
/**
 * Pairs each `--output-file` with its format: the nth `--output-format` when they are given (one per
 * file), else what the file's extension says (`.sarif`, `.json`, `.md`, `.txt`).
 */
export declare function outputFiles(files: readonly string[], formats: readonly string[]): OutputFile[];
export declare function writeOutputFiles(outputs: readonly OutputFile[], results: readonly LintResult[], context: FormatContext): void;
/** Where the full list of findings is, for the github format's notice and the summary's cut note. */
export declare function fullListAt(outputs: readonly OutputFile[], env: NodeJS.ProcessEnv): string | undefined;
/**
 * A root-relative path as the checkout names it: relative to the current directory (the workspace,
 * in GitHub Actions) when the root is inside it, else relative to the root.
 */
export declare function checkoutPath(root: string, filePath: string): string;
/** `blob/<sha>/` on the repository the workflow runs for, when GitHub Actions says which. */
export declare function linkBase(env: NodeJS.ProcessEnv): string | undefined;
export interface BaselineOptions {
    /** `--baseline FILE`: report only the findings it does not have. */
    baseline?: string;
    /** `--write-baseline FILE`: record the run's findings (pruning entries that no longer occur). */
    writeBaseline?: string;
    /** Whether the run looked at an entry's file with its rule on (else a write keeps the entry). */
    covered: (entry: BaselineEntry) => boolean;
    isFixable: (ruleId: string) => boolean;
    /** Where to say what was written or left out (stderr). */
    log: (line: string) => void;
}
/**
 * Writes and applies the baselines the options name; returns the results to report. A baseline just
 * written has every finding of the run, so it is the one applied (it subsumes `--baseline`).
 */
export declare function withBaseline(results: LintResult[], options: BaselineOptions): LintResult[];
