import type { Code, Link, OutlineBlock, ParsedDocument, Span } from './document.js';
/**
 * What a document's blocks hold that translation does not change: the anchors that pair a translated
 * block with its source block, and what the parity rules compare inside each pair.
 */
/** A number written in prose, with its value in ASCII digits (digit shapes and separators dropped). */
export interface NumberItem extends Span {
    value: string;
}
/** A Liquid token inside a block: a plain tag or output, or a block's opening, branch or end tag. */
export interface LiquidToken extends Span {
    key: string;
}
export interface BlockContents {
    code: Code[];
    links: Link[];
    liquid: LiquidToken[];
    numbers: NumberItem[];
}
/** A heading-delimited section: the blocks from an h2–h4 heading (or the page start) to the next one. */
export interface Section {
    /** Index of the heading block in `blocks`, or -1 for what comes before the first heading. */
    heading: number;
    depth: number;
    /** Block indices `[first, end)`. */
    first: number;
    end: number;
}
export interface Outline {
    blocks: readonly OutlineBlock[];
    contents: BlockContents[];
    /** Per block: its kind and everything in it that survives translation (the strict alignment key). */
    signatures: string[];
    sections: Section[];
}
/** The outline of a document with each block's contents, computed once per document. */
export declare function outlineOf(doc: ParsedDocument): Outline;
/** Finds the index of the block that contains an offset (blocks are leaves, in order, not overlapping). */
export declare function blockFinder(blocks: readonly Span[]): (offset: number) => number;
/**
 * A block's prose: its text with code, Liquid, link destinations, HTML tags and bare URLs blanked
 * out (same length, so offsets stay true).
 */
export declare function proseOf(text: string, block: Span, contents: BlockContents): string;
export declare function digitsOf(written: string): string;
