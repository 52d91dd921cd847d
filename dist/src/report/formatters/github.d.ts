import type { LintResult } from '../../results.js';
/**
 * GitHub shows about 10 annotations of each kind per step (and 50 per job); more are dropped
 * silently, so docs-lint prints the most important ones and says how many it left out.
 */
export declare const MAX_ERROR_ANNOTATIONS = 10;
export declare const MAX_WARNING_ANNOTATIONS = 10;
export interface GithubOptions {
    /** A root-relative path as the runner resolves it (relative to the workspace). */
    displayPath?: (filePath: string) => string;
    /** Where the full list is, ending the notice about what was left out ("the job summary"). */
    fullListAt?: string;
}
/** A workflow command's message: `%`, CR and LF escaped as the runner requires. */
export declare function escapeData(text: string): string;
/** A workflow command's property value: also `:` and `,`, which would end the value. */
export declare function escapeProperty(text: string): string;
/**
 * Workflow commands (`::error file=…,line=…::message`) that GitHub turns into annotations on the
 * pull request's diff: errors before warnings, each by file and line, capped per kind.
 */
export declare function formatGithub(results: readonly LintResult[], options?: GithubOptions): string;
