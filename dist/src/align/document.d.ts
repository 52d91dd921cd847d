import { type Alignment } from './sequence.js';
import type { ParsedDocument, Span } from '../model/document.js';
import { type Outline, type Section } from '../model/outline.js';
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
