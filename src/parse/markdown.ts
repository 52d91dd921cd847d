import type { Nodes, Parent } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Anchor, Code, Heading, Link, OutlineBlock, Span } from '../model/document.js';
import { collectMarkdownLiterals, type MarkdownLiterals } from './markdown-literals.js';
import { capEmphasisDelimiters } from './emphasis-cap.js';
import { maskReusableStepContinuations } from './reusable-steps.js';
import { replaceCharsAt } from './stand-ins.js';

export interface MarkdownResult extends Partial<MarkdownLiterals> {
  headings: Heading[];
  links: Link[];
  code: Code[];
  anchors: Anchor[];
  blocks: OutlineBlock[];
  /** The YAML front matter block (fences included), when the file starts with one. */
  frontMatter: Span | null;
}

/**
 * GFM tables only: autolink literals, footnotes, strikethrough and task lists add parse time and
 * nothing the rules look at.
 */
function remarkGfmTable(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable);

/**
 * Characters that Markdown gives meaning to. Inside a Liquid token each is swapped for a private-use
 * character of the same UTF-16 length, so `[x](/{{ currentVersion }}/y)` stays a link and offsets stay
 * true; values are swapped back after parsing.
 */
const MASKED = ' \t\n\r!"#$&\'()*+,-./:;<=>?@[\\]^_`|~';
const MASK_BASE = 0xe000;
const MASKABLE = new RegExp(`[${MASKED.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
const UNMASK = new RegExp(`[\\u${MASK_BASE.toString(16)}-\\u${(MASK_BASE + MASKED.length - 1).toString(16)}]`, 'g');

export function maskLiquid(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let position = 0;
  for (const { start, end } of spans) {
    parts.push(text.slice(position, start + 2));
    // One string per token, not one per character: a page that is mostly Liquid stays cheap.
    if (end - 2 > start + 2) parts.push(text.slice(start + 2, end - 2).replace(MASKABLE, (c) => String.fromCharCode(MASK_BASE + MASKED.indexOf(c))));
    position = Math.max(end - 2, start + 2);
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/**
 * A line that is only a Liquid tag, at column 0 after an indented line (`{%- ifversion x %}` inside a
 * list item's code block): Liquid renders before Markdown and removes the line, so it must not end
 * the list item or its fenced code. It is indented like the line before, its tag shortened by as many
 * characters inside, so offsets stay true.
 */
export function indentTagLines(masked: string, spans: readonly Span[]): string {
  let result = masked;
  const parts: string[] = [];
  let position = 0;
  for (const { start, end } of spans) {
    if (masked.startsWith('{{', start) || (start > 0 && masked[start - 1] !== '\n')) continue;
    const lineEnd = masked.indexOf('\n', end);
    if (masked.slice(end, lineEnd < 0 ? masked.length : lineEnd).trim() !== '' || start < 2) continue;
    const previousStart = masked.lastIndexOf('\n', start - 2) + 1;
    const indent = /^[ \t]*/.exec(masked.slice(previousStart, Math.min(start - 1, previousStart + 40)))?.[0] ?? '';
    if (indent === '' || indent.length === start - 1 - previousStart || indent.length > end - start - 4) continue;
    parts.push(masked.slice(position, start), indent, '{%', masked.slice(start + 2 + indent.length, end));
    position = end;
  }
  if (parts.length) result = parts.join('') + masked.slice(position);
  return result;
}

export function unmask(value: string): string {
  return value.replace(UNMASK, (c) => MASKED[c.charCodeAt(0) - MASK_BASE]);
}

// `[^<>]`, not `[^>]`: a line of `<code ` without `>` would be rescanned from each one.
const HTML_CODE = /<code(?:\s[^<>]*)?>([^<]*)<\/code>/gi;

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const HTML_ANCHOR = /<a\s[^<>]*?\bname\s*=\s*["']([^"']+)["']|\bid\s*=\s*["']([^"']+)["']/gi;

/**
 * Past this many `>` at the start of a line, micromark overflows the stack with Node's default stack
 * in the main thread and in workers alike (it already does at 5,000 to 8,000), after work that grows
 * with the square of the depth (23 s at 50,000). Such a line is refused before micromark sees it: the
 * same parse-error at the same place, at once.
 */
export const MAX_QUOTE_DEPTH = 10_000;

/** The most `>` markers that open a line (with the spaces between them), over all lines. */
function deepestQuote(text: string): number {
  let deepest = 0;
  let depth = 0;
  let inPrefix = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      depth = 0;
      inPrefix = true;
    } else if (inPrefix && c === 62) deepest = Math.max(deepest, ++depth);
    else if (c !== 32 && c !== 9) inPrefix = false;
  }
  return deepest;
}

const LINE_MARKERS = new Set(' \t>-*+.)0123456789');

/**
 * `text` with the `-` of each `<!--` masked (same length) where it cannot open a comment: inside a
 * line, after other text (so not an HTML block's start), with no `-->` before the next blank line
 * (where a paragraph ends). micromark would scan to the paragraph's end from each such `<!--` and
 * read it as text anyway; a line of n of them cost n².
 */
function maskUnclosedComments(text: string): string {
  if (!text.includes('<!--')) return text;
  const blank = /\n[ \t]*(?:\r?\n|$)/g;
  let nextBlank = -1;
  let nextClose = -1;
  let lineHasText = false;
  const masks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineHasText = false;
      continue;
    }
    if (c === '<' && lineHasText && text.startsWith('<!--', i) && text[i + 4] !== '>' && !text.startsWith('->', i + 4)) {
      if (nextBlank !== Infinity && nextBlank < i) {
        blank.lastIndex = i;
        nextBlank = blank.exec(text)?.index ?? Infinity;
      }
      if (nextClose !== Infinity && nextClose < i + 4) {
        const found = text.indexOf('-->', i + 4);
        nextClose = found < 0 ? Infinity : found;
      }
      if (nextClose > nextBlank || nextClose === Infinity) masks.push(i + 2);
    }
    if (!LINE_MARKERS.has(c)) lineHasText = true;
  }
  return replaceCharsAt(text, masks, () => String.fromCharCode(MASK_BASE + MASKED.indexOf('-')));
}

/** Parses Markdown whose Liquid tokens are at `liquidSpans` and keeps what the rules need. */
export function parseMarkdown(text: string, liquidSpans: readonly Span[]): MarkdownResult {
  const depth = deepestQuote(text);
  if (depth > MAX_QUOTE_DEPTH) throw new Error(`block quotes are nested ${depth} deep; docs-lint reads up to ${MAX_QUOTE_DEPTH.toLocaleString('en')}`);
  const stand = (c: string): string => String.fromCharCode(MASK_BASE + MASKED.indexOf(c));
  const liquidMasked = indentTagLines(maskUnclosedComments(maskLiquid(text, liquidSpans)), liquidSpans);
  const masked = capEmphasisDelimiters(maskReusableStepContinuations(liquidMasked, text, liquidSpans, stand(' ')), stand('*'), stand('_'));
  const tree = processor.parse(masked);
  const result: MarkdownResult = { headings: [], links: [], code: [], anchors: [], blocks: [], frontMatter: null };
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        result.frontMatter = { start, end };
        return;
      case 'paragraph':
      case 'tableCell':
        result.blocks.push({ kind: node.type, depth: 0, start, end });
        break;
      case 'heading':
        result.blocks.push({ kind: 'heading', depth: node.depth, start, end });
        result.headings.push({ depth: node.depth, text: unmask(toString(node)).trim(), start, end });
        break;
      case 'link':
      case 'image':
      case 'definition': {
        if (node.type === 'definition') result.blocks.push({ kind: 'definition', depth: 0, start, end });
        const url = unmask(node.url);
        result.links.push({ kind: node.type, url, start, end, urlStart: findUrl(masked, node.url, start, end) });
        break;
      }
      case 'inlineCode':
        result.code.push({ kind: 'inline', value: unmask(node.value), lang: null, start, end });
        return;
      case 'code':
        result.blocks.push({ kind: 'code', depth: 0, start, end });
        result.code.push({ kind: 'block', value: unmask(node.value), lang: node.lang ?? null, start, end });
        return;
      case 'html':
        if (isBlockHtml(start, masked)) result.blocks.push({ kind: 'html', depth: 0, start, end });
        // `<code>x</code>` in HTML (tables are often written that way) is code like `` `x` ``.
        for (const match of node.value.matchAll(HTML_CODE)) {
          const at = start + (match.index ?? 0);
          result.code.push({ kind: 'inline', value: unmask(decodeEntities(match[1])), lang: null, start: at, end: at + match[0].length });
        }
        for (const match of node.value.matchAll(HTML_ANCHOR)) {
          result.anchors.push({ id: unmask(match[1] ?? match[2]), start: start + (match.index ?? 0), end: start + (match.index ?? 0) + match[0].length });
        }
        return;
      default:
        break;
    }
    if ('children' in node) for (let i = (node as Parent).children.length - 1; i >= 0; i--) pending.push((node as Parent).children[i]);
  };
  // Depth first with a stack of its own: Markdown nested thousands deep must not overflow the call stack.
  const pending: Nodes[] = [tree];
  while (pending.length) visit(pending.pop() as Nodes);
  return { ...result, ...collectMarkdownLiterals(tree, masked) };
}

/** The offset of a link's destination inside its node, when written literally. */
function findUrl(masked: string, url: string, start: number, end: number): number | null {
  if (!url) return null;
  const at = masked.lastIndexOf(url, end);
  return at >= start ? at : null;
}

/** Whether an `html` node stands as a block of its own (it starts a line) rather than inline in a paragraph. */
function isBlockHtml(start: number, text: string): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  return text.slice(lineStart, start).trim() === '';
}
