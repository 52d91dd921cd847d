import type { Anchor, Code, Heading, Link, OutlineBlock, Span } from '../model.js';
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
export declare function unmask(value: string): string;
/** Parses Markdown whose Liquid tokens are at `liquidSpans` and keeps what the rules need. */
export declare function parseMarkdown(text: string, liquidSpans: readonly Span[]): MarkdownResult;
