import { alignByKey, diffSequences, joinAnd } from '../src/rule-kit/index.js';
/**
 * Link fragments are well formed and point at a heading. Translations are served with English
 * anchors, so a translation's fragments are checked against the English headings, and against the
 * fragment of the source's matching link.
 */
const rule = {
    meta: {
        id: 'link-anchor',
        description: 'Link fragments are well formed, point at a heading, and agree with the source',
        defaultSeverity: 'error',
        fixable: true,
        scope: 'file',
        kinds: ['page', 'reusable'],
    },
    check(context) {
        const { doc, report } = context;
        const settled = new Set();
        for (const link of doc.links) {
            if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || !context.site.leavesTree(context.file, link.url))
                continue;
            const start = link.urlStart ?? link.start;
            report({ start, end: link.urlStart === null ? link.end : start + link.url.length, message: `The link target \`${link.url}\` leads outside the docs tree; docs-lint does not follow it.` });
            settled.add(link);
        }
        for (const link of linksWithFragments(doc.links)) {
            const { path, fragment } = splitUrl(link.url);
            const at = fragmentSpan(link);
            if (/^#|\s/.test(fragment) || fragment === '') {
                const fixed = fragment.replace(/^#+/, '').trim();
                report({
                    ...at,
                    message: fragment === '' ? `Empty link fragment in \`${link.url}\`.` : `Malformed link fragment \`#${fragment}\`${fixed ? `: write \`#${fixed}\`` : ''}.`,
                    originKey: `malformed ${link.url}`,
                    fix: fixed && resolves(context, path, fixed) ? literalFix(doc.text, link, at, `#${fixed}`) : undefined,
                });
                settled.add(link);
                continue;
            }
            if (/\{\{|\{%/.test(fragment))
                continue;
            const target = targetPage(context, path);
            if (!target)
                continue;
            const anchors = context.site.headingAnchors(target);
            if (!anchors.complete || anchors.slugs.has(decode(fragment)))
                continue;
            const hint = sourceFragment(context, link);
            report({
                ...at,
                message: `\`#${fragment}\` matches no heading in ${target.path}${hint && hint !== fragment && anchors.slugs.has(hint) ? `; the source links to \`#${hint}\`` : ''}.`,
                originKey: `unresolved ${target.path}#${fragment}`,
            });
            settled.add(link);
        }
        compareFragments(context, settled);
    },
};
export default rule;
/** Whether a well-formed fragment points at a heading of a page docs-lint knows completely: only then is a correction certain. */
function resolves(context, path, fragment) {
    if (/\s|\{\{|\{%/.test(fragment))
        return false;
    const target = targetPage(context, path);
    if (!target)
        return false;
    const anchors = context.site.headingAnchors(target);
    return anchors.complete && anchors.slugs.has(decode(fragment));
}
/** Replaces the fragment as written in the file, when the URL is there literally (not escaped or a reference). */
function literalFix(text, link, at, replacement) {
    if (link.urlStart === null || text.slice(at.start, at.end) !== link.url.slice(link.url.indexOf('#')))
        return undefined;
    return { range: [at.start, at.end], text: replacement };
}
/** Whether a link's fragment could be right: its target is unknown or incomplete, or has that heading. */
function plausible(context, variant, link) {
    const { path, fragment } = splitUrl(link.url);
    if (/^#|\s/.test(fragment) || fragment === '')
        return false;
    const target = targetPage({ ...context, file: variant.file, source: null }, path);
    if (!target)
        return true;
    const anchors = context.site.headingAnchors(target);
    return !anchors.complete || anchors.slugs.has(decode(fragment));
}
function linksWithFragments(links) {
    return links.filter((link) => link.kind !== 'image' && link.url.includes('#') && !/^[a-z][a-z0-9+.-]*:/i.test(link.url));
}
function splitUrl(url) {
    const hash = url.indexOf('#');
    return hash < 0 ? { path: url, fragment: '' } : { path: url.slice(0, hash), fragment: url.slice(hash + 1) };
}
/** The site path a link goes to, without Liquid version segments: what pairs a link with its source link. */
function pathKey(url) {
    return splitUrl(url).path.replace(/\/\{\{[^}]*\}\}/g, '').replace(/\/$/, '');
}
function fragmentSpan(link) {
    if (link.urlStart === null)
        return { start: link.start, end: link.end };
    const hash = link.url.indexOf('#');
    return { start: link.urlStart + hash, end: link.urlStart + link.url.length };
}
function decode(fragment) {
    try {
        return decodeURIComponent(fragment);
    }
    catch {
        return fragment;
    }
}
/** The English page whose headings a fragment must match, or null when it is not known. */
function targetPage({ file, source, site }, path) {
    if (path === '') {
        // A reusable's `#x` points into whichever page includes it.
        if (file.kind !== 'page')
            return null;
        return file.lang === 'en' ? file : source?.file ?? null;
    }
    if (!path.startsWith('/'))
        return null;
    return site.pageForUrl(path) ?? null;
}
/** The fragment of the source's link to the same place, when links pair up one to one. */
function sourceFragment({ doc, source }, link) {
    if (!source)
        return null;
    // Paired once per document, not once per link (a page of thousands of links stays linear).
    let cached = sourceFragments.get(doc);
    if (!cached || cached.source !== source.doc) {
        const mine = linksWithFragments(doc.links);
        const theirs = linksWithFragments(source.doc.links);
        const fragments = new Map();
        for (const [r, v] of alignByKey(theirs.map((l) => pathKey(l.url)), mine.map((l) => pathKey(l.url))).pairs) {
            fragments.set(mine[v], splitUrl(theirs[r].url).fragment.replace(/^#+/, ''));
        }
        cached = { source: source.doc, fragments };
        sourceFragments.set(doc, cached);
    }
    return cached.fragments.get(link) ?? null;
}
const sourceFragments = new WeakMap();
/**
 * A fragment that differs from the matching link of the source (or, without a source, of the
 * sibling translations): reported unless the link already has a finding of its own.
 */
function compareFragments(context, settled) {
    const references = context.source ? [context.source] : context.siblings;
    const mine = linksWithFragments(context.doc.links);
    const disagreements = new Map();
    for (const reference of references) {
        const theirs = linksWithFragments(reference.doc.links);
        const key = (link) => `${pathKey(link.url)}#${splitUrl(link.url).fragment.replace(/^#+/, '')}`;
        // Links to one page may change order with the sentence: compare fragments per target, as multisets.
        const diff = diffSequences(theirs.map(key), mine.map(key), (r, v) => pathKey(theirs[r].url) === pathKey(mine[v].url));
        for (const [r, v] of diff.changed) {
            const link = mine[v];
            if (settled.has(link))
                continue;
            // A sibling's fragment that matches no heading is that sibling's finding, not a reason to doubt this one.
            if (!context.source && !plausible(context, reference, theirs[r]))
                continue;
            const expected = splitUrl(theirs[r].url).fragment.replace(/^#+/, '');
            const name = context.source ? 'the source' : reference.lang;
            disagreements.set(link, [...(disagreements.get(link) ?? []), `\`#${expected}\` in ${name}`]);
        }
    }
    for (const [link, theirs] of disagreements) {
        const unsure = context.source ? '' : ' Without the English source docs-lint cannot tell which is right.';
        context.report({ ...fragmentSpan(link), message: `Link fragment \`#${splitUrl(link.url).fragment}\` differs from ${joinAnd(theirs)}.${unsure}` });
    }
}
