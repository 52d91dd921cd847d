import picomatch from 'picomatch';
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
export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string) {
    super(`Unknown rule "${ruleId}". Run docs-lint --help for the list of rules.`);
  }
}

const NO_OPTIONS: RuleOptions = Object.freeze({});

/**
 * Resolves, per file, what each rule is set to: its default, then the config's `rules`, then each
 * matching override in order, then the command line's `--rule` (which wins). Files matched by the
 * same overrides share one resolution.
 */
export class RuleSettingsResolver {
  private readonly overrides: { languages: ReadonlySet<string> | null; matches: ((path: string) => boolean) | null; rules: RuleSettingMap }[];
  private readonly cache = new Map<string, FileRules>();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly base: RuleSettingMap = {},
    overrides: readonly RuleOverride[] = [],
    private readonly commandLine: Readonly<Record<string, Severity>> = {},
  ) {
    const known = new Set(rules.map((rule) => rule.meta.id));
    for (const settings of [base, ...overrides.map((o) => o.rules), commandLine]) {
      for (const id of Object.keys(settings)) if (!known.has(id)) throw new UnknownRuleError(id);
    }
    this.overrides = overrides.map((override) => ({
      languages: override.languages ? new Set(override.languages) : null,
      matches: override.files ? picomatch([...override.files]) : null,
      rules: override.rules,
    }));
  }

  forFile(file: Pick<TreeFile, 'path' | 'lang'>): FileRules {
    const matching = this.overrides.filter(
      (override) => (!override.languages || override.languages.has(file.lang)) && (!override.matches || override.matches(file.path)),
    );
    const key = matching.map((override) => this.overrides.indexOf(override)).join(',');
    let resolved = this.cache.get(key);
    if (!resolved) {
      resolved = this.resolve(matching.map((override) => override.rules));
      this.cache.set(key, resolved);
    }
    return resolved;
  }

  /** Each rule's severity and options after the config's `rules` and the given override layers. */
  private resolve(layers: readonly RuleSettingMap[]): FileRules {
    const severities = new Map<Rule, Severity>();
    const options = new Map<Rule, RuleOptions>();
    for (const rule of this.rules) {
      const id = rule.meta.id;
      let severity = rule.meta.defaultSeverity;
      let ruleOptions = NO_OPTIONS;
      // A bare severity keeps the options set before it, as in ESLint; `[severity, options]` replaces them.
      for (const layer of [this.base, ...layers]) {
        const setting = layer[id];
        if (setting === undefined) continue;
        if (typeof setting === 'string') severity = setting;
        else [severity, ruleOptions] = setting;
      }
      severity = this.commandLine[id] ?? severity;
      severities.set(rule, severity);
      options.set(rule, ruleOptions);
    }
    return {
      active: this.rules.filter((rule) => severities.get(rule) !== 'off'),
      severity: (rule) => severities.get(rule) ?? rule.meta.defaultSeverity,
      options: (rule) => options.get(rule) ?? NO_OPTIONS,
    };
  }
}
