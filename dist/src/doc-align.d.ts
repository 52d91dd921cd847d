import { type Alignment, type Placement } from './align.js';
import { type Difference } from './compare.js';
import { type ParsedDocument, type Span } from './model.js';
import { type Outline, type Section } from './outline.js';
/**
 * The one alignment of a translation with its reference that every block-level parity rule shares.
 * Sections (split at h2–h4 headings) are paired first, then the blocks inside each pair of sections.
 * Both steps pair by what translation does not change (code, link targets, Liquid, numbers) and then,
 * between those anchors, by order: a missing paragraph leaves its neighbours paired with theirs.
 * Blocks inside a Liquid block that one side lacks are left out: they are that block's finding.
 */
export interface DocumentAlignment {
    reference: Outline;
    translation: Outline;
    /**
     * Each side's sections for this comparison: the outline's, less those whose heading is inside a
     * Liquid block the other side lacks (their text joins the section before).
     */
    referenceSections: AlignedSection[];
    translationSections: AlignedSection[];
    /** Section indices (into `referenceSections` and `translationSections`). */
    sections: Alignment;
    /** Block indices (into each outline's `blocks`), pairs in document order. */
    blocks: Alignment;
    /**
     * Reference spans of the sections the translation lacks whole, heading and text: one finding of
     * heading-parity, so the other rules leave what is inside them alone.
     */
    missingSections: Span[];
    /** The translation block paired with each paired reference block. */
    partners: Map<number, number>;
    /** Spans of Liquid blocks (or branches) one side lacks: what is inside them is that block's finding. */
    unmatched: {
        reference: Span[];
        translation: Span[];
    };
    /** Blocks neither side compares (inside a Liquid block the other side lacks). */
    skipped: {
        reference: Set<number>;
        translation: Set<number>;
    };
}
/** The outline alignment of a translation with a reference, computed once per pair. */
export declare const alignOutlines: (reference: ParsedDocument, translation: ParsedDocument) => DocumentAlignment;
/**
 * A section as this comparison sees it. A placeholder's heading is inside a Liquid block that the
 * other side lacks: that block is the finding, but the section still holds its place, so that the
 * other side's copy of it (kept without the block) pairs with it and is not called extra.
 */
export interface AlignedSection extends Section {
    placeholder: boolean;
}
export interface PassOptions {
    /**
     * Whether a gap of the first pass with as many items on each side (reference `[r0, r)`, variant
     * `[v0, v)`) pairs them one to one.
     */
    byPosition?: (r0: number, r: number, v0: number, v: number) => boolean;
    /**
     * For gaps small enough: how well two items pair (-1: they cannot). The gap then pairs to the
     * highest total, keeping order, instead of running the later passes.
     */
    gapScore?: (r: number, v: number) => number;
}
/**
 * Pairs items by their first keys (anchors that survive translation), then, in each gap between
 * those pairs, by their next keys (looser: the kind of block) in order, and so on; with
 * `byPosition`, a gap of the first pass with as many items on each side pairs them one to one.
 * Each pass is given as `[reference keys, variant keys]`.
 */
export declare function alignInPasses(passes: readonly (readonly [readonly string[], readonly string[]])[], options?: PassOptions): Alignment;
/** The anchors in a strict key (a block's signature or a section's key). */
export declare function anchorsOf(strictKey: string): string[];
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
