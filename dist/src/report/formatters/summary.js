import { SOURCE_LANGUAGE } from '../../model/document.js';
import { ruleDocsUrl } from '../../project.js';
import { classify } from '../../model/layout.js';
/** GitHub's limit on a step summary, and on a pull request comment (bytes of UTF-8). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
export const COMMENT_LIMIT = 64 * 1024;
/** Room kept for the note that says what was cut. */
const NOTE_RESERVE = 1024;
/**
 * A Markdown report for `$GITHUB_STEP_SUMMARY` or a pull request comment: per language a row of
 * counts by rule, then the findings grouped by file with links to their lines, cut to fit `limit`.
 */
export function formatSummary(results, options) {
    const show = options.displayPath ?? ((p) => p);
    const limit = options.limit ?? STEP_SUMMARY_LIMIT;
    const withFindings = results.filter((result) => result.messages.length > 0);
    const errors = sum(results, (result) => result.errorCount);
    const warnings = sum(results, (result) => result.warningCount);
    const head = ['## docs-lint', ''];
    if (withFindings.length === 0) {
        head.push(`No problems in ${plural(results.length, 'file')} checked.`);
        return `${head.join('\n')}\n`;
    }
    head.push(`**${plural(errors, 'error')} and ${plural(warnings, 'warning')}** in ${withFindings.length} of ${plural(results.length, 'file')} checked.`, '', ...countTable(withFindings, options.rules), '');
    const out = [];
    let size = 0;
    const budget = limit - NOTE_RESERVE;
    const add = (line) => {
        const bytes = Buffer.byteLength(line, 'utf8') + 1;
        if (size + bytes > budget)
            return false;
        out.push(line);
        size += bytes;
        return true;
    };
    let shown = 0;
    let filesShown = 0;
    let cut = !head.every(add);
    for (const result of cut ? [] : withFindings) {
        const file = show(result.filePath);
        if (!add(`### [${markdownText(file)}](${link(file, options.linkBase)})`) || !add('')) {
            cut = true;
            break;
        }
        filesShown++;
        for (const message of result.messages) {
            if (!add(findingLine(file, message, options.linkBase))) {
                cut = true;
                break;
            }
            shown++;
        }
        if (cut || !add(''))
            break;
    }
    const total = errors + warnings;
    if (cut || shown < total) {
        const files = withFindings.length - filesShown;
        const where = options.fullListAt ?? 'the output of `docs-lint --format stylish`';
        out.push('', `_Cut to stay under the ${sizeName(limit)} limit: ${plural(total - shown, 'more finding')} ${files > 0 ? `(in ${plural(files, 'more file')}) ` : ''}not listed. The full list is in ${markdownText(where)}._`);
    }
    return `${out.join('\n')}\n`;
}
/** One row per language: how many findings of each rule (only the rules that have findings). */
function countTable(results, rules) {
    const byLanguage = new Map();
    const seenRules = new Set();
    for (const result of results) {
        const lang = classify(result.filePath)?.lang ?? SOURCE_LANGUAGE;
        let row = byLanguage.get(lang);
        if (!row)
            byLanguage.set(lang, (row = { errors: 0, warnings: 0, byRule: new Map() }));
        row.errors += result.errorCount;
        row.warnings += result.warningCount;
        for (const message of result.messages) {
            row.byRule.set(message.ruleId, (row.byRule.get(message.ruleId) ?? 0) + 1);
            seenRules.add(message.ruleId);
        }
    }
    const known = rules.map((rule) => rule.id);
    const columns = [...known.filter((id) => seenRules.has(id)), ...[...seenRules].filter((id) => !known.includes(id)).sort()];
    const languages = [...byLanguage.keys()].sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a < b ? -1 : 1));
    return [
        `| language | errors | warnings | ${columns.map((id) => `[${id}](${ruleDocsUrl(id)})`).join(' | ')} |`,
        `| --- | ---: | ---: | ${columns.map(() => '---:').join(' | ')} |`,
        ...languages.map((lang) => {
            const row = byLanguage.get(lang);
            return `| ${lang} | ${row.errors} | ${row.warnings} | ${columns.map((id) => row.byRule.get(id) ?? 0).join(' | ')} |`;
        }),
    ];
}
function findingLine(file, message, linkBase) {
    const lines = message.endLine > message.line ? `L${message.line}-L${message.endLine}` : `L${message.line}`;
    const severity = message.severity === 2 ? '❌ error' : '⚠️ warning';
    return `- ${severity} [${message.line}:${message.column}](${link(file, linkBase)}#${lines}) ${markdownText(message.message)} ([${message.ruleId}](${ruleDocsUrl(message.ruleId)}))`;
}
/** A link to a file; Markdown files get `?plain=1` so that GitHub shows their lines, not the rendering. */
function link(file, linkBase) {
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    return `${linkBase ?? ''}${encoded}${linkBase && file.endsWith('.md') ? '?plain=1' : ''}`;
}
/**
 * Text as inline Markdown that shows as written: on one line, code spans kept, and elsewhere the
 * punctuation that would start a tag, link or emphasis escaped.
 */
export function markdownText(text) {
    const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
    const parts = [];
    let last = 0;
    for (const span of codeSpans(oneLine)) {
        parts.push(escapePlain(oneLine.slice(last, span.start)), oneLine.slice(span.start, span.end));
        last = span.end;
    }
    parts.push(escapePlain(oneLine.slice(last)));
    return parts.join('');
}
/**
 * What `` /(`+)[^`]+\1(?!`)/g `` matches, in one pass over the backtick runs: an opener is the end of
 * a run, as long as the next run after some text. (The regex retried each run from each of its backticks.)
 */
function codeSpans(text) {
    const tokens = [...text.matchAll(/`+|[^`]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, run: match[0][0] === '`' }));
    const spans = [];
    for (let i = 0; i + 2 < tokens.length;) {
        const [open, , close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
        if (!open.run) {
            i++;
            continue;
        }
        const closeLength = close.end - close.start;
        if (closeLength <= open.end - open.start) {
            spans.push({ start: open.end - closeLength, end: close.end });
            i += 3;
        }
        else
            i += 2;
    }
    return spans;
}
function escapePlain(text) {
    return text.replace(/[\\`*_[\]<>|#!~&]/g, '\\$&');
}
function sizeName(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
function sum(results, count) {
    return results.reduce((total, result) => total + count(result), 0);
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
