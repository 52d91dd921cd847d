import { type Placement } from '../align/sequence.js';
import { type Difference } from './differences.js';
import type { DocumentAlignment } from '../align/document.js';
import { type ParsedDocument, type Span } from '../model/document.js';
import { type Outline } from '../model/outline.js';
/**
 * What the block-level parity rules do with the document alignment: place what a translation lacks
 * next to its paired neighbours, and compare the items (code spans, links, numbers) of paired blocks.
 */
/**
 * Where a reference block the translation lacks belongs: next to the nearer of its paired
 * neighbours, at the end of the one before it or the start of the one after it.
 */
export declare function placeBlock(alignment: DocumentAlignment, referenceBlock: number, translationDoc: ParsedDocument): Placement;
/** One item-level difference inside aligned blocks. */
export type ItemDifference<T> = {
    kind: 'missing';
    reference: T;
    referenceBlock: number;
    place: Placement;
} | {
    kind: 'extra';
    variant: T;
    variantBlock: number;
} | {
    kind: 'changed';
    reference: T;
    variant: T;
};
/**
 * Compares the items (code spans, links, numbers) of each pair of aligned blocks. A missing block's
 * items are missing where the block belongs; an extra block's items are extra. An item that only
 * moved to another block (the same count of it on both sides) is not a difference.
 */
export declare function compareBlockItems<T extends Span>(alignment: DocumentAlignment, translationDoc: ParsedDocument, itemsOf: (outline: Outline, block: number) => readonly T[], key: (item: T) => string, pairable?: (reference: T, variant: T) => boolean, 
/**
 * How alike a missing and an extra item of one block are: each missing item is paired with the most
 * alike (a translation may reorder a sentence's links). Without it, in order.
 */
similarity?: (reference: T, variant: T) => number): ItemDifference<T>[];
/** How a block is named in a message. */
export declare function blockNoun(kind: string): string;
/**
 * Where in the translation an item of the reference at `offset` belongs, when its block is paired:
 * in that block's counterpart. Null when the offset is in no block or its block has no partner.
 */
export declare function counterpartBlock(alignment: DocumentAlignment, referenceOffset: number): {
    block: number;
    start: number;
    kind: string;
} | null;
/**
 * Corrects where an item the translation lacks is reported, by the block alignment: inside the
 * counterpart of the block that holds it in the reference, or where that block belongs when the
 * translation lacks it. `place` (from the item's own neighbours) stands when it already is there.
 */
export declare function placeByBlock(alignment: DocumentAlignment, referenceOffset: number, place: Placement, translationDoc: ParsedDocument): Placement;
/** How a rule names the items it compares block by block, for `itemDifferences`. */
export interface ItemWords<T> {
    /** What must be equal (the same key on both sides: the same item). */
    key(item: T): string;
    /** The kind of item, as a message starts: "Code span", "Link to", "The number". */
    noun(item: T): string;
    /** The item as a message shows it, read from the reference's text or the translation's. */
    value(item: T, side: 'reference' | 'translation'): string;
    /** The item's text unquoted, to show where two shortened values would read the same. */
    text?(item: T): string;
    /** Where a changed item is reported (default: the whole item). */
    changedSpan?(item: T): Span;
    /** What a changed item's message adds: "; code is not translated". */
    changedNote?(item: T): string;
}
/** The findings of `compareBlockItems`, worded the same way by every rule that compares items. */
export declare function itemDifferences<T extends Span>(items: readonly ItemDifference<T>[], words: ItemWords<T>): Difference[];
