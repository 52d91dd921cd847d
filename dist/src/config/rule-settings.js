import picomatch from 'picomatch';
/** Thrown for a rule id that no rule has; the engine turns it into a usage error. */
export class UnknownRuleError extends Error {
    ruleId;
    constructor(ruleId) {
        super(`Unknown rule "${ruleId}". Run docs-lint --help for the list of rules.`);
        this.ruleId = ruleId;
    }
}
const NO_OPTIONS = Object.freeze({});
/**
 * Resolves, per file, what each rule is set to: its default, then the config's `rules`, then each
 * matching override in order, then the command line's `--rule` (which wins). Files matched by the
 * same overrides share one resolution.
 */
export class RuleSettingsResolver {
    rules;
    base;
    commandLine;
    overrides;
    cache = new Map();
    constructor(rules, base = {}, overrides = [], commandLine = {}) {
        this.rules = rules;
        this.base = base;
        this.commandLine = commandLine;
        const known = new Set(rules.map((rule) => rule.meta.id));
        for (const settings of [base, ...overrides.map((o) => o.rules), commandLine]) {
            for (const id of Object.keys(settings))
                if (!known.has(id))
                    throw new UnknownRuleError(id);
        }
        this.overrides = overrides.map((override) => ({
            languages: override.languages ? new Set(override.languages) : null,
            matches: override.files ? picomatch([...override.files]) : null,
            rules: override.rules,
        }));
    }
    forFile(file) {
        const matching = this.overrides.filter((override) => (!override.languages || override.languages.has(file.lang)) && (!override.matches || override.matches(file.path)));
        const key = matching.map((override) => this.overrides.indexOf(override)).join(',');
        let resolved = this.cache.get(key);
        if (!resolved) {
            resolved = this.resolve(matching.map((override) => override.rules));
            this.cache.set(key, resolved);
        }
        return resolved;
    }
    /** Each rule's severity and options after the config's `rules` and the given override layers. */
    resolve(layers) {
        const severities = new Map();
        const options = new Map();
        for (const rule of this.rules) {
            const id = rule.meta.id;
            let severity = rule.meta.defaultSeverity;
            let ruleOptions = NO_OPTIONS;
            // A bare severity keeps the options set before it, as in ESLint; `[severity, options]` replaces them.
            for (const layer of [this.base, ...layers]) {
                const setting = layer[id];
                if (setting === undefined)
                    continue;
                if (typeof setting === 'string')
                    severity = setting;
                else
                    [severity, ruleOptions] = setting;
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
