import type { LintOptions } from './options.js';
import { type LintReport } from '../results.js';
import type { Rule } from '../rule-kit/rule.js';
export type { LintOptions } from './options.js';
export { UsageError, type LintMessage, type LintReport, type LintResult } from '../results.js';
export declare const INTERNAL_ERROR = "internal-error";
/** Lints a docs tree: each file on its own, then each translation against its source or its siblings. */
export declare function lint(options: LintOptions): Promise<LintReport>;
export declare const internalErrorRule: Rule;
