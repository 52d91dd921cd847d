import { locate } from '../model/document.js';
/**
 * Runs a comparison the way every parity rule needs it. With a source, the source is the reference
 * and every difference is reported. Without one, each sibling translation is a reference, and only
 * what the translation lacks is reported (naming the languages that have it), since among siblings
 * nothing says which one is right.
 */
export function reportDifferences(context, compare) {
    if (context.source) {
        const source = context.source;
        for (const difference of compare(context.doc, source.doc)) {
            context.report({ start: difference.start, end: difference.end, message: difference.message(`the source at line ${lineOf(source, difference.referenceStart)}`, 'the source'), fix: difference.fix });
        }
        return;
    }
    const merged = new Map();
    for (const sibling of context.siblings) {
        for (const difference of compare(context.doc, sibling.doc)) {
            if (difference.kind !== 'missing' && !difference.symmetric)
                continue;
            const id = `${difference.start}\u0000${difference.key}`;
            const entry = merged.get(id) ?? { difference, references: [], languages: [] };
            entry.references.push(`${sibling.lang} at line ${lineOf(sibling, difference.referenceStart)}`);
            entry.languages.push(sibling.lang);
            merged.set(id, entry);
        }
    }
    for (const { difference, references, languages } of merged.values()) {
        context.report({ start: difference.start, end: difference.end, message: difference.message(joinAnd(references), joinAnd(languages)) });
    }
}
function lineOf(variant, offset) {
    return locate(variant.doc, offset).line;
}
export function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** Shows a snippet of source text in a message, shortened to stay on one readable line. */
export function quote(text, max = 80) {
    // Only as much of a (possibly huge) span as the message shows is flattened: messages cost O(max).
    let flat = '';
    for (let take = max * 2;; take *= 4) {
        flat = text.slice(0, take).replace(/\s+/g, ' ').trim();
        if (flat.length > max || take >= text.length)
            break;
    }
    return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
/**
 * Two snippets for a "differs from" message. When shortened they would read the same (long URLs that
 * differ in a trailing slash), each shows the end from just before where they differ.
 */
export function quotePair(mine, theirs, max = 80) {
    const pair = [quote(mine, max), quote(theirs, max)];
    if (pair[0] !== pair[1] || mine === theirs)
        return pair;
    let common = 0;
    while (common < mine.length && common < theirs.length && mine[common] === theirs[common])
        common++;
    const from = Math.max(0, common - 30);
    return [quote(`…${mine.slice(from)}`, max), quote(`…${theirs.slice(from)}`, max)];
}
