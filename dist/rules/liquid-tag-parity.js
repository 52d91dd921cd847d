import { diffSequences, neighbours, placeMissing, placeWords } from '../src/align.js';
import { quote, reportDifferences } from '../src/compare.js';
import { alignOutlines, placeByBlock } from '../src/doc-align.js';
import { alignDocuments, blockKey, tagKey, within } from '../src/liquid-compare.js';
import { bodyStart } from '../src/model.js';
/**
 * Inside each block, a translation has the source's plain tags and outputs (`{% data %}`,
 * `{% include %}`, `{{ }}`), as a multiset: order may change with the sentence, count may not.
 */
const rule = {
    meta: {
        id: 'liquid-tag-parity',
        description: "A translation's Liquid tags and outputs in each block match the source's",
        defaultSeverity: 'error',
        fixable: false,
        scope: 'translation',
        kinds: ['page', 'reusable'],
    },
    check(context) {
        reportDifferences(context, compareTags);
    },
};
export default rule;
function itemKey(node) {
    return node.type === 'block' ? `block ${blockKey(node)}` : tagKey(node);
}
function compareTags(translation, reference) {
    const differences = [];
    const outlines = alignOutlines(reference, translation);
    const unknown = new Set(translation.liquidProblems.filter((p) => p.kind === 'unknown-tag').map((p) => p.start));
    for (const container of alignDocuments(reference, translation).containers) {
        const { reference: theirs, variant: mine } = container;
        // A tag whose keyword was translated (`{% 数据 x %}` for `{% data x %}`) is liquid-syntax's finding.
        const translatedKeyword = (r, v) => {
            const [a, b] = [theirs[r], mine[v]];
            return a.type === 'tag' && b.type === 'tag' && a.args === b.args && unknown.has(b.start);
        };
        const diff = diffSequences(theirs.map(itemKey), mine.map(itemKey), (r, v) => translatedKeyword(r, v) || (theirs[r].type !== 'block' && theirs[r].type === mine[v].type && nameOf(theirs[r]) === nameOf(mine[v])));
        for (const r of diff.missing) {
            const node = theirs[r];
            if (node.type === 'block')
                continue; // liquid-block-parity's finding
            if (within(outlines.missingSections, node.start))
                continue; // heading-parity's (the whole section)
            const { previous, next } = neighbours(diff.pairs, r);
            const place = inFrontMatter(node.start, placeByBlock(outlines, node.start, placeMissing(node, previous && { reference: theirs[previous[0]], variant: mine[previous[1]] }, next && { reference: theirs[next[0]], variant: mine[next[1]] }, container.variantStart), translation), reference, translation);
            differences.push({
                kind: 'missing',
                start: place.at,
                key: `missing ${tagKey(node)}`,
                referenceStart: node.start,
                message: (where) => `${quote(tagKey(node))} is missing ${placeWords(place)} (present in ${where}).`,
            });
        }
        for (const v of diff.extra) {
            const node = mine[v];
            if (node.type === 'block')
                continue;
            differences.push({
                kind: 'extra',
                start: node.start,
                end: node.end,
                key: `extra ${tagKey(node)}`,
                referenceStart: 0,
                message: (_where, name) => `${quote(tagKey(node))} is not in ${name} at this place.`,
            });
        }
        for (const [r, v] of diff.changed) {
            if (translatedKeyword(r, v))
                continue;
            differences.push({
                kind: 'changed',
                start: mine[v].start,
                end: mine[v].end,
                key: `changed ${tagKey(theirs[r])} ${tagKey(mine[v])}`,
                referenceStart: theirs[r].start,
                message: (where) => `${quote(tagKey(mine[v]))} differs from ${quote(tagKey(theirs[r]))} in ${where}.`,
            });
        }
    }
    return differences;
}
/** Tags that can be one tag changed: same name, and for `data` the same kind of data. */
function nameOf(node) {
    if (node.type !== 'tag')
        return node.type;
    return node.name === 'data' ? `data ${node.args.split('.')[0]}` : node.name;
}
/**
 * A tag of the source's front matter (an `intro` with `{% data %}`) that the translation lacks belongs
 * in the translation's front matter, not next to the body tag its neighbours pair with: in the value
 * of the same key, or at the start of the front matter when the translation lacks that key.
 */
function inFrontMatter(offset, place, reference, translation) {
    if (!reference.yaml || offset < reference.yaml.start || offset >= bodyStart(reference))
        return place;
    const own = translation.yaml;
    if (own && place.at >= own.start && place.at < bodyStart(translation))
        return place;
    const key = Object.entries(reference.yaml.positions).find(([name, at]) => !name.includes('.') && at.keyStart <= offset && offset < at.valueEnd)?.[0];
    const counterpart = key === undefined ? undefined : own?.positions[key];
    if (counterpart)
        return { at: counterpart.valueStart, relation: 'in' };
    return { at: own?.start ?? 0, relation: 'after' };
}
