/**
 * docs-lint's programmatic API: `lint()` returns what `--format json` prints, typed.
 */
import { rules as allRules } from '../rules/index.js';
import { lint as lintTree, type LintOptions, type LintReport } from './engine.js';

export type { LintMessage, LintReport, LintResult } from './engine.js';
export { UsageError } from './engine.js';
export type { Rule, RuleContext, RuleMeta, Severity } from './rule.js';
export type * from './model.js';
export { rules } from '../rules/index.js';

export type Options = Omit<LintOptions, 'rules'> & { rules?: LintOptions['rules'] };

/** Lints the docs tree at `options.root` with every rule (or `options.rules`). */
export function lint(options: Options): Promise<LintReport> {
  return lintTree({ ...options, rules: options.rules ?? allRules });
}
