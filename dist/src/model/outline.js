import { blockKey, tagKey } from './liquid-keys.js';
const outlines = new WeakMap();
/** The outline of a document with each block's contents, computed once per document. */
export function outlineOf(doc) {
    let outline = outlines.get(doc);
    if (!outline) {
        outline = buildOutline(doc);
        outlines.set(doc, outline);
    }
    return outline;
}
function buildOutline(doc) {
    const blocks = doc.blocks;
    const contents = blocks.map(() => ({ code: [], links: [], liquid: [], numbers: [] }));
    const owner = blockFinder(blocks);
    for (const code of doc.code)
        contents[owner(code.start)]?.code.push(code);
    for (const link of doc.links)
        contents[owner(link.start)]?.links.push(link);
    const tokens = liquidTokens(doc.liquid);
    for (const token of tokens)
        contents[owner(token.start)]?.liquid.push(token);
    blocks.forEach((block, index) => {
        if (block.kind !== 'code' && block.kind !== 'definition')
            contents[index].numbers = numbersIn(doc.text, block, maskedSpans(contents[index]));
    });
    const signatures = blocks.map((block, index) => signature(block, contents[index]));
    return { blocks, contents, signatures, sections: sectionsOf(blocks) };
}
/** Finds the index of the block that contains an offset (blocks are leaves, in order, not overlapping). */
export function blockFinder(blocks) {
    return (offset) => {
        let low = 0;
        let high = blocks.length - 1;
        while (low <= high) {
            const mid = (low + high) >> 1;
            if (blocks[mid].end <= offset)
                low = mid + 1;
            else if (blocks[mid].start > offset)
                high = mid - 1;
            else
                return mid;
        }
        return -1;
    };
}
/** Every Liquid token of a tree, flat, in document order. */
function liquidTokens(nodes, into = []) {
    for (const node of nodes) {
        if (node.type !== 'block') {
            into.push({ start: node.start, end: node.end, key: tagKey(node) });
            continue;
        }
        // What a comment or raw block holds is not prose (and not parsed): one token for the whole block.
        if (node.name === 'comment' || node.name === 'raw') {
            into.push({ start: node.start, end: node.close?.end ?? node.end, key: `{% ${node.name} %}` });
            continue;
        }
        node.branches.forEach((branch, i) => {
            const key = i === 0 ? `{% ${blockKey(node)} %}` : `{% ${blockKey(branch)} %}`;
            into.push({ start: branch.start, end: i === 0 ? node.openEnd : branch.bodyStart, key });
            liquidTokens(branch.children, into);
        });
        if (node.close)
            into.push({ start: node.close.start, end: node.close.end, key: `{% end${node.name} %}` });
    }
    return into;
}
function signature(block, contents) {
    const parts = [
        ...contents.code.map((code) => `c${code.value}`),
        ...contents.links.map((link) => `l${link.url.split('#')[0]}`),
        ...contents.liquid.map((token) => `t${token.key}`),
        ...contents.numbers.map((number) => `n${number.value}`),
    ].sort();
    return `${block.kind}${block.depth || ''}\u0001${parts.join('\u0002')}`;
}
function sectionsOf(blocks) {
    const sections = [{ heading: -1, depth: 0, first: 0, end: blocks.length }];
    blocks.forEach((block, index) => {
        if (block.kind !== 'heading' || block.depth < 2 || block.depth > 4)
            return;
        sections[sections.length - 1].end = index;
        sections.push({ heading: index, depth: block.depth, first: index, end: blocks.length });
    });
    return sections;
}
/** The spans inside a block that are not prose: code, Liquid, link destinations. */
function maskedSpans(contents) {
    const spans = [...contents.code, ...contents.liquid];
    for (const link of contents.links)
        if (link.urlStart !== null)
            spans.push({ start: link.urlStart, end: link.urlStart + link.url.length });
    return spans.sort((a, b) => a.start - b.start);
}
/**
 * A block's prose: its text with code, Liquid, link destinations, HTML tags and bare URLs blanked
 * out (same length, so offsets stay true).
 */
export function proseOf(text, block, contents) {
    return proseWithout(text, block, maskedSpans(contents));
}
function proseWithout(text, block, spans) {
    let prose = '';
    let position = block.start;
    for (const span of spans) {
        if (span.end <= position || span.start >= block.end)
            continue;
        prose += text.slice(position, Math.max(position, span.start));
        const blankEnd = Math.min(span.end, block.end);
        prose += ' '.repeat(Math.max(0, blankEnd - Math.max(position, span.start)));
        position = Math.max(position, blankEnd);
    }
    prose += text.slice(position, block.end);
    return prose.replace(/<\/?[A-Za-z][^<>]*>|https?:\/\/[^\s)>\]]+/g, (match) => ' '.repeat(match.length));
}
/** Digits of other scripts, by the code point of their zero. Full-width digits are folded by NFKC. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const NUMBER = /\p{Nd}+(?:[.,\u00a0\u202f\u2009'’]\p{Nd}+)*/gu;
const DIGIT = /\p{Nd}/u;
function numbersIn(text, block, masked) {
    const numbers = [];
    // Most blocks have no digit at all: then there is no prose to build.
    if (!DIGIT.test(text.slice(block.start, block.end)))
        return numbers;
    const prose = proseWithout(text, block, masked);
    for (const match of prose.matchAll(NUMBER)) {
        const at = match.index;
        const before = prose[at - 1] ?? ' ';
        const after = prose[at + match[0].length] ?? ' ';
        // Part of a name (`H2`, `OAuth2`, `2FA`, `x86_64`, `UTF-8`): not a quantity.
        if (/[A-Z_\-/#@]/i.test(before) || /[A-Z_]/i.test(after))
            continue;
        numbers.push({ start: block.start + at, end: block.start + at + match[0].length, value: digitsOf(match[0]) });
    }
    return numbers;
}
export function digitsOf(written) {
    let digits = '';
    for (const char of written) {
        const code = char.codePointAt(0);
        if (code >= 0x30 && code <= 0x39)
            digits += char;
        else {
            const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
            if (zero !== undefined)
                digits += String(code - zero);
        }
    }
    return digits.replace(/^0+(?=\d)/, '');
}
