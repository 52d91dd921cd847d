import { type Config } from './config/config.js';
import { type LintOptions, type LintReport } from './engine/lint.js';
import type { Rule, Severity } from './rule-kit/rule.js';
export type { LintMessage, LintOptions, LintReport, LintResult } from './engine/lint.js';
export { UsageError } from './engine/lint.js';
export type { Config } from './config/config.js';
export { CONFIG_FILE_NAME } from './config/config.js';
export type { RuleOptions, RuleOverride, RuleSetting, RuleSettingMap } from './config/rule-settings.js';
export type { LintSettings } from './model/settings.js';
export type { Layout } from './model/layout.js';
export type { Rule, RuleContext, RuleMeta, Severity } from './rule-kit/rule.js';
export type * from './model/document.js';
export { rules } from '../rules/index.js';
export interface Options extends Omit<Partial<LintOptions>, 'root' | 'rules' | 'reportUnusedDisableDirectives'> {
    /** The root of the docs tree. */
    root: string;
    /**
     * A config file (a path, relative to `cwd`), a config object, or `false` for none. Default: the
     * root's `docs-lint.config.json` when there is one. Options given here win over the config's.
     */
    config?: string | Config | false;
    /** Report directives that suppress nothing: `true` as errors (like the CLI flag), or at a severity. */
    reportUnusedDisableDirectives?: boolean | Severity;
    /** The rules to run (default: all of docs-lint's). */
    rules?: readonly Rule[];
}
/**
 * Lints the docs tree at `options.root` and returns what `--format json` prints. Throws `UsageError`
 * (one line) for a bad config or option: that is what the CLI prints before exiting 2.
 */
export declare function lint(options: Options): Promise<LintReport>;
/**
 * `lint()`, with each finding's surrounding text kept (`context`): what the CLI's baselines and
 * SARIF fingerprints are computed from.
 */
export declare function lintWithContext(options: Options): Promise<LintReport>;
/** The engine's options for `options`: the config (read as the CLI reads it) under what is given here. */
export declare function resolveLintOptions(options: Options): Promise<LintOptions>;
