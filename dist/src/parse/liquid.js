import { defaultOptions, TypeGuards, Tokenizer } from 'liquidjs';
import { DEFAULT_VOCABULARY } from './liquid-vocabulary.js';
/**
 * Tokenizes with liquidjs and keeps going after an error: an unclosed `{%` or `{{` is reported and
 * read as text, so every error in the file is found, not only the first. Text tokens are the gaps
 * between the delimited ones.
 */
export function tokenizeLiquid(text) {
    const delimited = [];
    const problems = [];
    let tokenizer = new Tokenizer(text);
    // Whether the tokenizer is inside `{% raw %}` (it then reads up to `{% endraw %}`).
    let inRaw = false;
    const restartAt = (position) => {
        tokenizer = new Tokenizer(text);
        tokenizer.p = position;
        inRaw = false;
    };
    const lineEnd = lineEndFinder(text);
    // Each liquidjs error costs a pass over the whole text (it builds a context snippet), so the
    // errors that can repeat many times are recognised here first: the run stays linear.
    const lastTagClose = text.lastIndexOf('%}');
    const lastOutputClose = text.lastIndexOf('}}');
    const lastEndraw = text.lastIndexOf('endraw');
    const unclosed = (begin) => {
        if (inRaw)
            return lastEndraw < begin ? 'unclosed-block' : null;
        if (text.startsWith('{%', begin))
            return lastTagClose < begin + 1 ? 'unclosed-tag' : null;
        if (text.startsWith('{{', begin))
            return lastOutputClose < begin + 2 ? 'unclosed-output' : null;
        return null;
    };
    while (tokenizer.p < tokenizer.N) {
        const begin = tokenizer.p;
        const known = unclosed(begin);
        if (known) {
            problems.push({ kind: known, name: known === 'unclosed-block' ? 'raw' : '', args: '', start: begin, end: lineEnd(begin) });
            restartAt(begin + 2);
            continue;
        }
        const illegal = inRaw ? null : illegalTagEnd(text, begin);
        if (illegal !== null) {
            problems.push({ kind: 'empty-tag', name: '', args: '', start: begin, end: illegal });
            restartAt(illegal);
            continue;
        }
        EMPTY_TAG.lastIndex = begin;
        const empty = EMPTY_TAG.exec(text);
        if (empty) {
            problems.push({ kind: 'empty-tag', name: '', args: '', start: begin, end: begin + empty[0].length });
            restartAt(begin + empty[0].length);
            continue;
        }
        try {
            const token = tokenizer.readTopLevelToken(defaultOptions);
            if (TypeGuards.isTagToken(token)) {
                delimited.push({ type: 'tag', name: token.name, args: token.args.trim(), start: token.begin, end: token.end });
                inRaw = token.name === 'raw';
            }
            else if (TypeGuards.isOutputToken(token)) {
                delimited.push({ type: 'output', expression: token.content.trim(), start: token.begin, end: token.end });
            }
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (/not closed/.test(message)) {
                const kind = message.startsWith('raw') ? 'unclosed-block' : text.startsWith('{{', begin) ? 'unclosed-output' : 'unclosed-tag';
                problems.push({ kind, name: kind === 'unclosed-block' ? 'raw' : '', args: '', start: begin, end: lineEnd(begin) });
                // Read the delimiter as text and go on just after it.
                restartAt(begin + 2);
            }
            else {
                // `{% ! %}` and the like: the tag was read whole, so go on after it.
                const end = Math.max(tokenizer.p, begin + 2);
                problems.push({ kind: 'empty-tag', name: '', args: '', start: begin, end });
                restartAt(end);
            }
        }
    }
    const tokens = [];
    let position = 0;
    for (const token of delimited) {
        if (token.start > position)
            tokens.push({ type: 'text', start: position, end: token.start });
        tokens.push(token);
        position = token.end;
    }
    if (position < text.length)
        tokens.push({ type: 'text', start: position, end: text.length });
    return { tokens, problems };
}
/** ASCII that liquidjs does not take into a tag name (`#` starts an inline comment; `-`, `_`, `?` are word characters). */
const NOT_TAG_NAME = new Set('!"$%&\'()*+,./:;<=>@[\\]^`{|}~');
const BLANK = new Set(' \t\n\v\f\r');
/**
 * The end of a closed tag at `begin` whose name starts with a character liquidjs refuses (`{% ! %}`),
 * or null. liquidjs would throw "tag name expected", and its error costs a pass over the whole text.
 */
function illegalTagEnd(text, begin) {
    if (!text.startsWith('{%', begin) || text[begin + 2] === '}')
        return null;
    const close = text.indexOf('%}', begin + 2);
    if (close < 0)
        return null;
    let at = begin + 2;
    if (text[at] === '-')
        at++;
    while (at < close && BLANK.has(text[at]))
        at++;
    return NOT_TAG_NAME.has(text[at]) ? close + 2 : null;
}
/** A tag with nothing in it: `{% %}`, `{%- -%}`. */
const EMPTY_TAG = /\{%-?[ \t\r\n]*-?%\}/y;
/**
 * Where the line that contains an offset ends; asked with offsets that only grow, so each break is
 * searched for once.
 */
function lineEndFinder(text) {
    let known = -1;
    return (offset) => {
        if (known < offset) {
            const lineBreak = /\r|\n/g;
            lineBreak.lastIndex = offset;
            known = lineBreak.exec(text)?.index ?? text.length;
        }
        return known;
    };
}
/** Full-width (or mixed) look-alikes of `{%`, `%}`, `{{`, `}}` that Liquid does not recognise. */
const FULLWIDTH_DELIMITER = /[{｛][%％]|[%％][}｝]|[{｛][{｛]|[}｝][}｝]/g;
/** Builds the block tree of a file's Liquid and records every structural problem it meets. */
export function parseLiquid(text, vocabulary = DEFAULT_VOCABULARY) {
    const { tokens, problems } = tokenizeLiquid(text);
    const root = [];
    const stack = [];
    const endTags = new Map();
    for (const [name, ends] of vocabulary.blocks)
        for (const end of ends)
            endTags.set(end, [...(endTags.get(end) ?? []), name]);
    const container = () => (stack.length ? stack[stack.length - 1].branch.children : root);
    const closeBlock = (open, end, close) => {
        open.branch.end = close ? close.start : end;
        open.block.close = close;
        open.block.end = close ? close.end : end;
    };
    for (const token of tokens) {
        const top = stack[stack.length - 1];
        // Inside `raw` and `comment` nothing is Liquid until the matching end tag.
        if (top && vocabulary.opaque.has(top.block.name)) {
            if (token.type === 'tag' && vocabulary.blocks.get(top.block.name)?.includes(token.name)) {
                stack.pop();
                closeBlock(top, token.end, { start: token.start, end: token.end });
            }
            continue;
        }
        if (token.type === 'text') {
            for (const match of text.slice(token.start, token.end).matchAll(FULLWIDTH_DELIMITER)) {
                if (/[｛％｝]/.test(match[0])) {
                    const start = token.start + (match.index ?? 0);
                    problems.push({ kind: 'fullwidth-delimiter', name: match[0], args: '', start, end: start + match[0].length });
                }
            }
            continue;
        }
        if (token.type === 'output') {
            container().push({ type: 'output', expression: token.expression, start: token.start, end: token.end });
            continue;
        }
        const { name, args, start, end } = token;
        if (vocabulary.blocks.has(name)) {
            const branch = { name, args, start, end, bodyStart: end, children: [] };
            const block = { type: 'block', name, args, start, end, openEnd: end, close: null, branches: [branch] };
            container().push(block);
            stack.push({ block, branch });
        }
        else if (vocabulary.branches.has(name)) {
            const allowed = vocabulary.branches.get(name) ?? [];
            if (top && allowed.includes(top.block.name)) {
                top.branch.end = start;
                const branch = { name, args, start, end, bodyStart: end, children: [] };
                top.block.branches.push(branch);
                top.branch = branch;
            }
            else {
                problems.push({ kind: 'branch-outside-block', name, args, start, end, expected: top?.block.name });
            }
        }
        else if (endTags.has(name)) {
            const closes = endTags.get(name) ?? [];
            const depth = findOpen(stack, closes);
            if (depth < 0) {
                problems.push({ kind: 'stray-end', name, args, start, end });
                continue;
            }
            // Blocks opened after the one this tag closes were never closed.
            while (stack.length - 1 > depth) {
                const unclosed = stack.pop();
                problems.push({ kind: 'mismatched-end', name, args, start, end, expected: unclosed.block.name });
                closeBlock(unclosed, start, null);
            }
            const open = stack.pop();
            closeBlock(open, end, { start, end });
        }
        else {
            if (!vocabulary.tags.has(name))
                problems.push({ kind: 'unknown-tag', name, args, start, end });
            container().push({ type: 'tag', name, args, start, end });
        }
    }
    while (stack.length) {
        const open = stack.pop();
        problems.push({ kind: 'unclosed-block', name: open.block.name, args: open.block.args, start: open.block.start, end: open.block.openEnd });
        closeBlock(open, text.length, null);
    }
    problems.sort((a, b) => a.start - b.start);
    const tokenSpans = tokens.filter((token) => token.type !== 'text').map(({ start, end }) => ({ start, end }));
    return { nodes: root, problems, tokenSpans };
}
function findOpen(stack, names) {
    for (let i = stack.length - 1; i >= 0; i--)
        if (names.includes(stack[i].block.name))
            return i;
    return -1;
}
export { walkLiquid } from '../model/liquid-walk.js';
