import type { Rule, Severity } from '../rule-kit/rule.js';
import type { TreeFile } from '../model/layout.js';
export type RuleOptions = Readonly<Record<string, unknown>>;
/** How a config sets a rule: a severity, or a severity and the options the rule is given. */
export type RuleSetting = Severity | readonly [Severity, RuleOptions];
/** Rule id to setting (ids left out, or undefined, keep what was set before). */
export type RuleSettingMap = Readonly<Partial<Record<string, RuleSetting>>>;
/** Rule settings for the files of some languages and/or matching some globs (root-relative paths). */
export interface RuleOverride {
    /** Languages (`en` is the source) the override applies to; absent: every language. */
    languages?: readonly string[];
    /** picomatch globs against root-relative paths; absent: every file. */
    files?: readonly string[];
    rules: RuleSettingMap;
}
/** The rules that run on one file, with their severities and options. */
export interface FileRules {
    /** The rules that are not off, in rule-list order. */
    active: readonly Rule[];
    severity(rule: Rule): Severity;
    options(rule: Rule): RuleOptions;
}
/** Thrown for a rule id that no rule has; the engine turns it into a usage error. */
export declare class UnknownRuleError extends Error {
    readonly ruleId: string;
    constructor(ruleId: string);
}
/**
 * Resolves, per file, what each rule is set to: its default, then the config's `rules`, then each
 * matching override in order, then the command line's `--rule` (which wins). Files matched by the
 * same overrides share one resolution.
 */
export declare class RuleSettingsResolver {
    private readonly rules;
    private readonly base;
    private readonly commandLine;
    private readonly overrides;
    private readonly cache;
    constructor(rules: readonly Rule[], base?: RuleSettingMap, overrides?: readonly RuleOverride[], commandLine?: Readonly<Record<string, Severity>>);
    forFile(file: Pick<TreeFile, 'path' | 'lang'>): FileRules;
    /** Each rule's severity and options after the config's `rules` and the given override layers. */
    private resolve;
}
