import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatSummary } from './summary.js';
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'summary'];
export function isFormatName(name) {
    return FORMAT_NAMES.includes(name);
}
/** The format a report file's name implies, or null when it implies none. */
export function formatForFile(file) {
    const name = file.toLowerCase();
    if (name.endsWith('.sarif') || name.endsWith('.sarif.json'))
        return 'sarif';
    if (name.endsWith('.json'))
        return 'json';
    if (name.endsWith('.md') || name.endsWith('.markdown'))
        return 'summary';
    if (name.endsWith('.txt') || name.endsWith('.log'))
        return 'stylish';
    return null;
}
export function formatResults(format, results, context) {
    switch (format) {
        case 'stylish':
            return formatStylish(results, { color: context.color, displayPath: context.displayPath });
        case 'json':
            return formatJson(results);
        case 'sarif':
            return formatSarif(results, { ...context, displayPath: context.checkoutPath });
        case 'github':
            return formatGithub(results, { ...context, displayPath: context.checkoutPath });
        case 'summary':
            return formatSummary(results, { ...context, displayPath: context.checkoutPath, limit: context.summaryLimit });
    }
}
