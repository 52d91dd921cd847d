import type { Anchor, Code, Heading, Link, OutlineBlock, Span } from '../model/document.js';
import { type MarkdownLiterals } from './markdown-literals.js';
export interface MarkdownResult extends Partial<MarkdownLiterals> {
    headings: Heading[];
    links: Link[];
    code: Code[];
    anchors: Anchor[];
    blocks: OutlineBlock[];
    /** The YAML front matter block (fences included), when the file starts with one. */
    frontMatter: Span | null;
}
export declare function maskLiquid(text: string, spans: readonly Span[]): string;
/**
 * A line that is only a Liquid tag, at column 0 after an indented line (`{%- ifversion x %}` inside a
 * list item's code block): Liquid renders before Markdown and removes the line, so it must not end
 * the list item or its fenced code. It is indented like the line before, its tag shortened by as many
 * characters inside, so offsets stay true.
 */
export declare function indentTagLines(masked: string, spans: readonly Span[]): string;
export declare function unmask(value: string): string;
/**
 * Past this many `>` at the start of a line, micromark overflows the stack with Node's default stack
 * in the main thread and in workers alike (it already does at 5,000 to 8,000), after work that grows
 * with the square of the depth (23 s at 50,000). Such a line is refused before micromark sees it: the
 * same parse-error at the same place, at once.
 */
export declare const MAX_QUOTE_DEPTH = 10000;
/** Parses Markdown whose Liquid tokens are at `liquidSpans` and keeps what the rules need. */
export declare function parseMarkdown(text: string, liquidSpans: readonly Span[]): MarkdownResult;
