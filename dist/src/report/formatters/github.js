/**
 * GitHub shows about 10 annotations of each kind per step (and 50 per job); more are dropped
 * silently, so docs-lint prints the most important ones and says how many it left out.
 */
export const MAX_ERROR_ANNOTATIONS = 10;
export const MAX_WARNING_ANNOTATIONS = 10;
/** A workflow command's message: `%`, CR and LF escaped as the runner requires. */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A workflow command's property value: also `:` and `,`, which would end the value. */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Workflow commands (`::error file=…,line=…::message`) that GitHub turns into annotations on the
 * pull request's diff: errors before warnings, each by file and line, capped per kind.
 */
export function formatGithub(results, options = {}) {
    const show = options.displayPath ?? ((p) => p);
    const all = results.flatMap((result) => result.messages.map((message) => ({ file: show(result.filePath), message })));
    all.sort((a, b) => b.message.severity - a.message.severity || compare(a.file, b.file) || a.message.line - b.message.line || a.message.column - b.message.column);
    const errors = all.filter((finding) => finding.message.severity === 2);
    const warnings = all.filter((finding) => finding.message.severity === 1);
    const lines = [
        ...errors.slice(0, MAX_ERROR_ANNOTATIONS).map((finding) => command('error', finding.file, finding.message)),
        ...warnings.slice(0, MAX_WARNING_ANNOTATIONS).map((finding) => command('warning', finding.file, finding.message)),
    ];
    const moreErrors = Math.max(0, errors.length - MAX_ERROR_ANNOTATIONS);
    const moreWarnings = Math.max(0, warnings.length - MAX_WARNING_ANNOTATIONS);
    if (moreErrors + moreWarnings > 0) {
        const more = [moreErrors > 0 ? plural(moreErrors, 'more error') : '', moreWarnings > 0 ? plural(moreWarnings, 'more warning') : ''].filter(Boolean).join(' and ');
        const total = `${plural(errors.length, 'error')} and ${plural(warnings.length, 'warning')} in all`;
        const where = options.fullListAt ?? 'the output of `docs-lint --format stylish`';
        lines.push(`::notice title=docs-lint::${escapeData(`docs-lint: ${more} not shown as annotations (${total}; GitHub shows about ${MAX_ERROR_ANNOTATIONS} per kind). The full list is in ${where}.`)}`);
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
function command(kind, file, message) {
    const properties = [
        ['file', file],
        ['line', String(message.line)],
        ['col', String(message.column)],
        ['endLine', String(message.endLine)],
        ['endColumn', String(message.endColumn)],
        ['title', message.ruleId],
    ]
        .map(([name, value]) => `${name}=${escapeProperty(value)}`)
        .join(',');
    return `::${kind} ${properties}::${escapeData(message.message)}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
