const paint = (enabled, code, text) => (enabled ? `\u001b[${code}m${text}\u001b[39m` : text);
const dim = (enabled, text) => (enabled ? `\u001b[2m${text}\u001b[22m` : text);
const bold = (enabled, text) => (enabled ? `\u001b[1m${text}\u001b[22m` : text);
/**
 * ESLint's stylish layout: findings grouped under their file, then a summary line. Each row starts
 * with `file:line:col`, which terminals and editors turn into a link to the place.
 */
export function formatStylish(results, options) {
    const { color } = options;
    const show = options.displayPath ?? ((p) => p);
    const lines = [];
    let errors = 0;
    let warnings = 0;
    let fixable = 0;
    for (const result of results) {
        if (result.messages.length === 0)
            continue;
        errors += result.errorCount;
        warnings += result.warningCount;
        fixable += result.fixableErrorCount + result.fixableWarningCount;
        const path = show(result.filePath);
        lines.push('', bold(color, path));
        const rows = result.messages.map((message) => [
            `${path}:${message.line}:${message.column}`,
            message.severity === 2 ? 'error' : 'warning',
            message.message,
            message.ruleId,
        ]);
        const locationWidth = Math.max(...rows.map((row) => row[0].length));
        for (const [location, severity, message, ruleId] of rows) {
            const label = severity === 'error' ? paint(color, 31, 'error  ') : paint(color, 33, 'warning');
            lines.push(`  ${dim(color, location.padEnd(locationWidth))}  ${label}  ${message}  ${dim(color, ruleId)}`);
        }
    }
    const total = errors + warnings;
    if (total === 0)
        return '';
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    lines.push('', bold(color, paint(color, errors > 0 ? 31 : 33, summary)));
    if (fixable > 0)
        lines.push(paint(color, errors > 0 ? 31 : 33, `  ${fixable} of them can be fixed with the \`--fix\` option.`));
    return `${lines.join('\n')}\n`;
}
