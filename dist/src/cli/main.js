#!/usr/bin/env node
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rules } from '../../rules/index.js';
import { changedPaths } from './changed.js';
import { checkoutPath, fullListAt, linkBase, outputFiles, withBaseline, writeOutputFiles } from './report.js';
import { internalErrorRule, lint, UsageError } from '../engine/lint.js';
import { formatFixDiff, lintAndFix } from './fix.js';
import { FORMAT_NAMES, formatResults, isFormatName } from '../report/formatters/index.js';
import { COMMENT_LIMIT } from '../report/formatters/summary.js';
import { resolveLintOptions } from '../index.js';
import { DEFAULT_CACHE_LOCATION } from '../engine/cache.js';
import { toolVersion } from '../version.js';
const HELP = `Usage: docs-lint [paths...] [options]

Checks every translation of a GitHub-docs-style tree (content/, data/, translations/<lang>/)
against its English source, or against its sibling translations where there is no source.

Arguments:
  paths                    Files or folders to lint (default: the whole tree). A translated file lints
                           that translation; an English file lints all its translations. Files outside
                           the docs tree (README.md) are skipped.

Options:
  --root DIR               Root of the docs tree (default: the current directory)
  --config FILE            Config file (default: docs-lint.config.json in the root, when there is one)
  --lang L1,L2             Only these translation languages (e.g. zh-CN,ja-JP)
  --changed-since REF      Only what changed since the git commit REF (work tree and untracked files),
                           with the translations of changed English files and the users of changed data
  --staged                 The same for the changes staged in the git index (for pre-commit hooks)
  --format NAME            stylish (default), json, sarif, github (workflow commands) or summary (Markdown)
  --output-file FILE       Also write a report to FILE, in the format its name implies (.sarif, .json,
                           .md: summary, .txt: stylish); repeatable
  --output-format NAME     The format of the --output-file (one per --output-file, in order)
  --summary-comment        Keep the summary under 64 KiB (a pull request comment), not 1 MiB
  --baseline FILE          Report only findings that are not in the baseline FILE
  --write-baseline FILE    Record the current findings in FILE (pruning those that no longer occur)
  --rule ID:SEVERITY       Set a rule to off, warn or error (repeatable)
  --report-unused-disable-directives
                           Report docs-lint-disable directives that suppress nothing, as errors
  --quiet                  Report errors only, not warnings
  --fix                    Repair what can be repaired without losing translated text, then report
                           what is left
  --fix-dry-run            Print the diff --fix would make (stylish) or put it in \`output\` (json);
                           write nothing
  --max-warnings N         Exit 1 when there are more than N warnings
  --debug                  Print diagnostics to stderr (checks that were skipped, and why)
  --max-file-size BYTES    Report larger files instead of reading them (default: 10485760, 10 MiB)
  --cache                  Keep parsed documents and findings between runs; unchanged files are not checked again
  --cache-location PATH    Where --cache keeps it (default: .docs-lint-cache in the root)
  --jobs N                 Worker threads that parse (default: one per core; 1: no workers)
  --version                Print the version
  --help                   Print this help

Exit codes: 0 clean or warnings only, 1 errors (or too many warnings), 2 usage error or internal error.

Rules:
${rules.map((rule) => `  ${rule.meta.id.padEnd(24)} ${rule.meta.defaultSeverity.padEnd(5)} ${rule.meta.description}`).join('\n')}
`;
const SEVERITIES = ['off', 'warn', 'error'];
async function main(argv) {
    let parsed;
    try {
        parsed = parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                root: { type: 'string' },
                config: { type: 'string' },
                'report-unused-disable-directives': { type: 'boolean' },
                lang: { type: 'string', multiple: true },
                'changed-since': { type: 'string' },
                staged: { type: 'boolean' },
                format: { type: 'string' },
                'output-file': { type: 'string', multiple: true },
                'output-format': { type: 'string', multiple: true },
                'summary-comment': { type: 'boolean' },
                baseline: { type: 'string' },
                'write-baseline': { type: 'string' },
                rule: { type: 'string', multiple: true },
                quiet: { type: 'boolean' },
                fix: { type: 'boolean' },
                'fix-dry-run': { type: 'boolean' },
                'max-warnings': { type: 'string' },
                debug: { type: 'boolean' },
                'max-file-size': { type: 'string' },
                cache: { type: 'boolean' },
                'cache-location': { type: 'string' },
                jobs: { type: 'string' },
                version: { type: 'boolean' },
                help: { type: 'boolean' },
            },
        });
    }
    catch (error) {
        throw new UsageError(`${describeParseError(error.message)} (see docs-lint --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(HELP);
        return 0;
    }
    if (values.version) {
        process.stdout.write(`${toolVersion()}\n`);
        return 0;
    }
    const format = values.format ?? 'stylish';
    if (!isFormatName(format))
        throw new UsageError(`Unknown format "${format}": use ${FORMAT_NAMES.join(', ')}.`);
    const outputs = outputFiles(values['output-file'] ?? [], values['output-format'] ?? []);
    const ruleSeverities = {};
    for (const setting of values.rule ?? []) {
        const match = /^([\w-]+):(\w+)$/.exec(setting);
        if (!match || !SEVERITIES.includes(match[2]))
            throw new UsageError(`--rule takes ID:off|warn|error, not "${setting}".`);
        ruleSeverities[match[1]] = match[2];
    }
    let maxWarnings = -1;
    if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
            throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}".`);
    }
    let maxFileSize;
    if (values['max-file-size'] !== undefined) {
        maxFileSize = Number(values['max-file-size']);
        if (!Number.isInteger(maxFileSize) || maxFileSize < 0)
            throw new UsageError(`--max-file-size takes a number of bytes, not "${values['max-file-size']}".`);
    }
    let workers;
    if (values.jobs !== undefined) {
        workers = Number(values.jobs);
        if (!Number.isInteger(workers) || workers < 1)
            throw new UsageError(`--jobs takes a whole number of at least 1, not "${values.jobs}".`);
    }
    // Like ESLint: --cache-location says where, only --cache turns the cache on.
    const cacheLocation = values.cache ? (values['cache-location'] !== undefined ? path.resolve(values['cache-location']) : DEFAULT_CACHE_LOCATION) : undefined;
    const languages = (values.lang ?? []).flatMap((list) => list.split(',')).map((l) => l.trim()).filter(Boolean);
    const root = path.resolve(values.root ?? '.');
    const debug = values.debug ? (line) => process.stderr.write(`${line}\n`) : undefined;
    if (values.fix && values['fix-dry-run'])
        throw new UsageError('Use either --fix or --fix-dry-run, not both.');
    const lintOptions = await resolveLintOptions({
        root,
        config: values.config,
        paths: positionals,
        languages,
        ruleSeverities,
        reportUnusedDisableDirectives: values['report-unused-disable-directives'] ? 'error' : undefined,
        rules,
        debug,
        maxFileSize,
        cacheLocation,
        workers,
    });
    const since = values['changed-since'];
    if (since !== undefined || values.staged) {
        if (since !== undefined && values.staged)
            throw new UsageError('Use either --changed-since or --staged, not both.');
        if (positionals.length > 0)
            throw new UsageError(`${since !== undefined ? '--changed-since' : '--staged'} chooses the files itself; do not pass paths with it.`);
        if (since === '')
            throw new UsageError('--changed-since needs a git commit, branch or tag (e.g. --changed-since origin/main).');
        lintOptions.paths = await changedPaths(root, since !== undefined ? { since } : { staged: true });
        lintOptions.onlyPaths = true;
    }
    let report;
    if (values.fix || values['fix-dry-run']) {
        const outcome = await lintAndFix(lintOptions, { write: Boolean(values.fix) });
        for (const failure of outcome.failures)
            process.stderr.write(`docs-lint: ${failure.filePath}: ${failure.message}\n`);
        if (values['fix-dry-run'] && format === 'stylish')
            process.stdout.write(formatFixDiff(outcome.files));
        report = outcome.report;
    }
    else {
        report = await lint(lintOptions);
    }
    const linted = new Set(report.results.map((result) => result.filePath));
    const severityOf = (id) => ruleSeverities[id] ?? rules.find((rule) => rule.meta.id === id)?.meta.defaultSeverity;
    const baselined = withBaseline(report.results, {
        baseline: values.baseline,
        writeBaseline: values['write-baseline'],
        covered: (entry) => linted.has(entry.file) && severityOf(entry.rule) !== 'off',
        isFixable: (id) => rules.some((rule) => rule.meta.id === id && rule.meta.fixable),
        log: (line) => process.stderr.write(`${line}\n`),
    });
    const results = values.quiet ? onlyErrors({ ...report, results: baselined }).results : baselined;
    const context = {
        rules: [...rules.map((rule) => rule.meta), internalErrorRule.meta],
        version: toolVersion(),
        color: colorWanted(),
        displayPath: (filePath) => path.relative(process.cwd(), path.join(root, filePath)) || filePath,
        checkoutPath: (filePath) => checkoutPath(root, filePath),
        linkBase: linkBase(process.env),
        summaryLimit: values['summary-comment'] ? COMMENT_LIMIT : undefined,
        fullListAt: fullListAt(outputs, process.env),
    };
    process.stdout.write(formatResults(format, results, context));
    writeOutputFiles(outputs, results, context);
    if (report.internalErrorCount > 0)
        return 2;
    const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
    const warnings = baselined.reduce((sum, r) => sum + r.warningCount, 0);
    if (errors > 0)
        return 1;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
        process.stderr.write(`docs-lint found too many warnings (maximum: ${maxWarnings}).\n`);
        return 1;
    }
    return 0;
}
function onlyErrors(report) {
    return {
        ...report,
        results: report.results.map((result) => ({ ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 })),
    };
}
function colorWanted() {
    if (process.env.NO_COLOR)
        return false;
    if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0')
        return true;
    return Boolean(process.stdout.isTTY);
}
// A reader that stops early (`docs-lint | head`) closes the pipe: the rest of the output has nowhere to
// go, and that is no error. The exit code stays the findings'.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        return;
    process.stderr.write(`docs-lint: cannot write the output: ${error.message}\n`);
    process.exit(2);
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    if (error instanceof UsageError) {
        process.stderr.write(`docs-lint: ${error.message}\n`);
    }
    else {
        // A bug: say so in one line, without a stack trace (DOCS_LINT_DEBUG=1 shows it).
        process.stderr.write(`docs-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        if (process.env.DOCS_LINT_DEBUG)
            console.error(error);
    }
    process.exitCode = 2;
});
/**
 * Node's option parser's errors as one short line. It calls a value that starts with `-` (`--jobs -1`)
 * "ambiguous" and says what to do on other lines: one line says both.
 */
function describeParseError(message) {
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous\./.exec(message);
    if (ambiguous)
        return `${ambiguous[1]} needs a value; one that starts with "-" is written ${ambiguous[1]}=VALUE.`;
    // Its advice on positional arguments that start with `-` does not apply to docs-lint's paths.
    const unknown = /^Unknown option '[^']*'/.exec(message);
    if (unknown)
        return `${unknown[0]}.`;
    return message.split('\n')[0];
}
