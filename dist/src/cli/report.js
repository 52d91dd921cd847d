/**
 * The CLI's reporting steps after a run: the baseline (read, applied, written) and the report files
 * (`--output-file`), kept out of cli.ts so that its option handling stays short.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, readBaseline, serializeBaseline, updateBaseline } from '../report/baseline.js';
import { UsageError } from '../results.js';
import { formatForFile, formatResults, isFormatName, FORMAT_NAMES } from '../report/formatters/index.js';
import { makeFolders } from '../model/folders.js';
/**
 * Pairs each `--output-file` with its format: the nth `--output-format` when they are given (one per
 * file), else what the file's extension says (`.sarif`, `.json`, `.md`, `.txt`).
 */
export function outputFiles(files, formats) {
    if (formats.length > 0 && formats.length !== files.length) {
        throw new UsageError(`Give one --output-format per --output-file (got ${formats.length} for ${files.length}), or none to go by the file extensions.`);
    }
    return files.map((file, index) => {
        const format = formats.length > 0 ? formats[index] : formatForFile(file);
        if (format === null)
            throw new UsageError(`Cannot tell the format of ${file} from its name: end it in .sarif, .json, .md or .txt, or add --output-format.`);
        if (!isFormatName(format))
            throw new UsageError(`Unknown format "${format}": use ${FORMAT_NAMES.join(', ')}.`);
        return { file, format };
    });
}
export function writeOutputFiles(outputs, results, context) {
    for (const { file, format } of outputs) {
        const text = formatResults(format, results, { ...context, color: false });
        writeOrSay(file, 'the report', () => {
            makeFolders(path.dirname(path.resolve(file)));
            writeFileSync(file, text);
        });
    }
}
/** Writes a file the command line names; a failure (a folder there, no permission) is one line, exit 2. */
function writeOrSay(file, what, write) {
    try {
        write();
    }
    catch (error) {
        throw new UsageError(`Cannot write ${what} ${file}: ${error.code ?? error.message}.`);
    }
}
/** Where the full list of findings is, for the github format's notice and the summary's cut note. */
export function fullListAt(outputs, env) {
    const places = outputs.map(({ file, format }) => (format === 'summary' && env.GITHUB_STEP_SUMMARY ? 'the job summary' : file));
    return places.length > 0 ? [...new Set(places)].join(' and ') : undefined;
}
/**
 * A root-relative path as the checkout names it: relative to the current directory (the workspace,
 * in GitHub Actions) when the root is inside it, else relative to the root.
 */
export function checkoutPath(root, filePath) {
    const relative = path.relative(process.cwd(), path.join(root, filePath));
    return relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
}
/** `blob/<sha>/` on the repository the workflow runs for, when GitHub Actions says which. */
export function linkBase(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
    return server && repository && sha ? `${server}/${repository}/blob/${sha}/` : undefined;
}
/**
 * Writes and applies the baselines the options name; returns the results to report. A baseline just
 * written has every finding of the run, so it is the one applied (it subsumes `--baseline`).
 */
export function withBaseline(results, options) {
    if (options.writeBaseline !== undefined) {
        const file = options.writeBaseline;
        const previous = existsSync(file) ? readBaseline(file) : null;
        const update = updateBaseline(results, previous, options.covered);
        writeOrSay(file, 'the baseline', () => writeFileSync(file, serializeBaseline(update.baseline)));
        const total = update.baseline.entries.reduce((sum, entry) => sum + entry.count, 0);
        options.log(`docs-lint: wrote ${total} finding${total === 1 ? '' : 's'} to the baseline ${file} (${update.added} new, ${update.pruned} pruned that no longer occur).`);
        return applyBaseline(results, update.baseline, options.isFixable, options.covered).results;
    }
    if (options.baseline !== undefined) {
        const applied = applyBaseline(results, readBaseline(options.baseline), options.isFixable, options.covered);
        if (applied.stale > 0) {
            options.log(`docs-lint: ${applied.stale} baseline entr${applied.stale === 1 ? 'y no longer occurs' : 'ies no longer occur'}; run with --write-baseline ${options.baseline} to prune ${applied.stale === 1 ? 'it' : 'them'}.`);
        }
        return applied.results;
    }
    return results;
}
