#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rules } from '../rules/index.js';
import { lint, UsageError, type LintReport } from './engine.js';
import { formatJson } from './formatters/json.js';
import { DEFAULT_CACHE_LOCATION } from './model-cache.js';
import { formatStylish } from './formatters/stylish.js';
import type { Severity } from './rule.js';

const HELP = `Usage: docs-lint [paths...] [options]

Checks every translation of a GitHub-docs-style tree (content/, data/, translations/<lang>/)
against its English source, or against its sibling translations where there is no source.

Arguments:
  paths                    Files or folders to lint (default: the whole tree). A translated file lints
                           that translation; an English file lints all its translations.

Options:
  --root DIR               Root of the docs tree (default: the current directory)
  --lang L1,L2             Only these translation languages (e.g. zh-CN,ja-JP)
  --format NAME            stylish (default) or json
  --rule ID:SEVERITY       Set a rule to off, warn or error (repeatable)
  --quiet                  Report errors only, not warnings
  --max-warnings N         Exit 1 when there are more than N warnings
  --cache                  Keep parsed documents between runs; unchanged files are not parsed again
  --cache-location PATH    Where --cache keeps it (default: .docs-lint-cache in the root)
  --jobs N                 Worker threads that parse (default: one per core; 1: no workers)
  --version                Print the version
  --help                   Print this help

Exit codes: 0 clean or warnings only, 1 errors (or too many warnings), 2 usage error or internal error.

Rules:
${rules.map((rule) => `  ${rule.meta.id.padEnd(24)} ${rule.meta.defaultSeverity.padEnd(5)} ${rule.meta.description}`).join('\n')}
`;

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        lang: { type: 'string', multiple: true },
        format: { type: 'string' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        jobs: { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see docs-lint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`Unknown format "${format}": use stylish or json.`);
  const ruleSeverities: Record<string, Severity> = {};
  for (const setting of values.rule ?? []) {
    const match = /^([\w-]+):(\w+)$/.exec(setting);
    if (!match || !SEVERITIES.includes(match[2] as Severity)) throw new UsageError(`--rule takes ID:off|warn|error, not "${setting}".`);
    ruleSeverities[match[1]] = match[2] as Severity;
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}".`);
  }
  let workers: number | undefined;
  if (values.jobs !== undefined) {
    workers = Number(values.jobs);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not "${values.jobs}".`);
  }
  // Like ESLint: --cache-location says where, only --cache turns the cache on.
  const cacheLocation = values.cache ? (values['cache-location'] !== undefined ? path.resolve(values['cache-location']) : DEFAULT_CACHE_LOCATION) : undefined;
  const languages = (values.lang ?? []).flatMap((list) => list.split(',')).map((l) => l.trim()).filter(Boolean);
  const root = path.resolve(values.root ?? '.');

  const report = await lint({ root, paths: positionals, languages, ruleSeverities, rules, cacheLocation, workers });
  const results = values.quiet ? onlyErrors(report).results : report.results;
  const output =
    format === 'json'
      ? formatJson(results)
      : formatStylish(results, {
          color: colorWanted(),
          displayPath: (filePath) => path.relative(process.cwd(), path.join(root, filePath)) || filePath,
        });
  process.stdout.write(output);

  if (report.internalErrorCount > 0) return 2;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = report.results.reduce((sum, r) => sum + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`docs-lint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(report: LintReport): LintReport {
  return {
    ...report,
    results: report.results.map((result) => ({ ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 })),
  };
}

function colorWanted(): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

function readVersion(): string {
  const manifest = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`docs-lint: ${error.message}\n`);
    } else {
      // A bug: say so in one line, without a stack trace (DOCS_LINT_DEBUG=1 shows it).
      process.stderr.write(`docs-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DOCS_LINT_DEBUG) console.error(error);
    }
    process.exitCode = 2;
  },
);
