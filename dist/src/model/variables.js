import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockKey, tagKey } from './liquid-keys.js';
const markdown = unified().use(remarkParse);
const cache = new WeakMap();
/**
 * The keys of a variables file with their values' Liquid and code, computed once per document.
 * Empty when the YAML does not parse (that is parse-error's finding).
 */
export function variableEntries(doc) {
    let entries = cache.get(doc);
    if (entries)
        return entries;
    entries = new Map();
    cache.set(doc, entries);
    if (!doc.yaml || doc.yaml.data === undefined || doc.yaml.errors.length > 0)
        return entries;
    const tags = flattenLiquid(doc, doc.liquid, []);
    for (const [path, position] of Object.entries(doc.yaml.positions)) {
        const value = valueAt(doc.yaml.data, path);
        const text = typeof value === 'string' ? value : null;
        entries.set(path, {
            path,
            ...position,
            text,
            tags: text === null ? [] : tags.filter((tag) => tag.start >= position.valueStart && tag.start < position.valueEnd),
            code: text === null || !text.includes('`') ? [] : inlineCode(text),
        });
    }
    return entries;
}
/** The dotted path that holds an entry (`''` for a top-level key). */
export function parentPath(path) {
    const dot = path.lastIndexOf('.');
    return dot < 0 ? '' : path.slice(0, dot);
}
function valueAt(data, path) {
    let value = data;
    for (const key of path.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
/** Every Liquid token of the file in order: plain tags, and a block's opening, branch and end tags. */
function flattenLiquid(doc, nodes, into) {
    for (const node of nodes) {
        if (node.type !== 'block') {
            into.push({ key: tagKey(node), structural: false, start: node.start, end: node.end, node });
            continue;
        }
        node.branches.forEach((branch, i) => {
            const key = i === 0 ? `{% ${blockKey(node)} %}` : `{% ${blockKey(branch)} %}`;
            into.push({ key, structural: true, start: branch.start, end: branch.bodyStart, node: i === 0 ? node : null });
            flattenLiquid(doc, branch.children, into);
        });
        if (node.close) {
            into.push({ key: `{% ${doc.text.slice(node.close.start + 2, node.close.end - 2).replace(/^-|-$/g, '').trim()} %}`, structural: true, ...node.close, node: null });
        }
    }
    return into;
}
function inlineCode(text) {
    const found = [];
    const visit = (node) => {
        if (node.type === 'inlineCode')
            found.push(node.value);
        else if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(markdown.parse(text));
    return found;
}
