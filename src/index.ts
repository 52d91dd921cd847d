/**
 * docs-lint's programmatic API: `lint()` returns what `--format json` prints, typed. It reads the
 * config the way the CLI does (`docs-lint.config.json` at the root unless told otherwise).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { CONFIG_FILE_NAME, configOptions, readConfigFile, validateConfig, type Config } from './config/config.js';
import { lint as lintTree, UsageError, type LintOptions, type LintReport } from './engine/lint.js';
import { SOURCE_LANGUAGE } from './model/document.js';
import type { Rule, Severity } from './rule-kit/rule.js';
import { DEFAULT_LAYOUT, type Layout } from './model/layout.js';

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
export async function lint(options: Options): Promise<LintReport> {
  const report = await lintWithContext(options);
  return { ...report, results: report.results.map((result) => ({ ...result, messages: result.messages.map(({ context: _context, ...message }) => message) })) };
}

/**
 * `lint()`, with each finding's surrounding text kept (`context`): what the CLI's baselines and
 * SARIF fingerprints are computed from.
 */
export async function lintWithContext(options: Options): Promise<LintReport> {
  return lintTree(await resolveLintOptions(options));
}

/** The engine's options for `options`: the config (read as the CLI reads it) under what is given here. */
export async function resolveLintOptions(options: Options): Promise<LintOptions> {
  const rules = options.rules ?? allRules;
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfig(options.config, path.resolve(cwd, options.root), cwd, rules);
  const fromConfig = config ? configOptions(config) : {};
  const unused = options.reportUnusedDisableDirectives;
  if (options.languages?.length) checkLanguages(options.languages, path.resolve(cwd, options.root), options.layout ?? fromConfig.layout ?? DEFAULT_LAYOUT);
  const explicit = Object.fromEntries(
    Object.entries(options).filter(([key, value]) => value !== undefined && key !== 'config' && key !== 'reportUnusedDisableDirectives'),
  ) as Partial<LintOptions>;
  return Promise.resolve({
    // A cache of parsed documents written under another config is not used.
    configFingerprint: JSON.stringify(config ?? null),
    ...fromConfig,
    ...explicit,
    // No languages given (an empty --lang) leaves the config's.
    languages: options.languages?.length ? options.languages : fromConfig.languages,
    settings: { ...fromConfig.settings, ...options.settings },
    reportUnusedDisableDirectives: unused === undefined ? fromConfig.reportUnusedDisableDirectives : unused === true ? 'error' : unused === false ? 'off' : unused,
    root: options.root,
    cwd,
    rules,
  });
}

/**
 * A language asked for by name (`--lang zh-CN`) that the tree has no folder for is a mistake, not a
 * clean run: a typo in CI would otherwise check nothing and pass. (The config's `languages` may name
 * languages a checkout does not have yet.)
 */
function checkLanguages(languages: readonly string[], root: string, layout: Layout): void {
  const folder = path.join(root, layout.translations);
  const unknown = languages.filter((lang) => lang !== SOURCE_LANGUAGE && !existsSync(path.join(folder, lang)));
  if (unknown.length === 0) return;
  let known: string[] = [];
  try {
    known = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    // No translations folder: none known.
  }
  throw new UsageError(`The tree has no ${layout.translations}/${unknown[0]} folder (languages: ${known.join(', ') || 'none'}); check --lang.`);
}

function loadConfig(given: Options['config'], root: string, cwd: string, rules: readonly Rule[]): Config | null {
  const metas = rules.map((rule) => rule.meta);
  if (given === false) return null;
  if (given !== undefined && typeof given !== 'string') return validateConfig(given, 'config', metas);
  if (typeof given === 'string') return readConfigFile(path.resolve(cwd, given), given, metas);
  const file = path.join(root, CONFIG_FILE_NAME);
  if (!existsSync(file)) return null;
  const relative = path.relative(cwd, file);
  return readConfigFile(file, relative.startsWith('..') ? file : relative, metas);
}
