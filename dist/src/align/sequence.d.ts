/** A pairing of two sequences: matched index pairs, and what is left over on each side. */
export interface Alignment {
    pairs: [referenceIndex: number, variantIndex: number][];
    /** Reference items with no partner in the variant. */
    missing: number[];
    /** Variant items with no partner in the reference. */
    extra: number[];
}
/**
 * Aligns two sequences by key with a Myers diff (O((N+M)·D): near-linear when they mostly agree).
 * Items whose key the other side lacks cannot pair, so they are set aside first: a translation that
 * changed every key costs nothing. The diff of the rest gets a fixed budget of work: beyond
 * `maxEdits` differences, or beyond the budget, the sequences are treated as unrelated rather than
 * spending quadratic time on them.
 */
export declare function alignByKey(reference: readonly string[], variant: readonly string[], maxEdits?: number): Alignment;
/** For an unmatched reference item, the matched variant item that follows it (where it should have been). */
export declare function insertionPoint(alignment: Alignment, referenceIndex: number): {
    before: number | null;
    after: number | null;
};
/** The outcome of comparing two sequences as multisets, with positions taken from their alignment. */
export interface SequenceDiff {
    pairs: [referenceIndex: number, variantIndex: number][];
    /** Reference items the variant lacks (beyond what it has of the same key elsewhere). */
    missing: number[];
    /** Variant items the reference lacks. */
    extra: number[];
    /** A missing and an extra item in the same gap that `pairable` says are one item, changed. */
    changed: [referenceIndex: number, variantIndex: number][];
}
/**
 * Compares two sequences as multisets: an item that only moved is not a difference. The alignment
 * still places each real difference, and a missing item and an extra one that stand in the same gap
 * between matched items and are `pairable` are reported as one change.
 */
export declare function diffSequences(reference: readonly string[], variant: readonly string[], pairable?: (referenceIndex: number, variantIndex: number) => boolean): SequenceDiff;
/** How many items of an ascending list are below `value`. */
export declare function countBelow(sorted: readonly number[], value: number): number;
/** Where to report an item the translation lacks, and how that place relates to it. */
export interface Placement {
    at: number;
    /** `in`: somewhere in the block that starts at `at` (its partner in the source has it). */
    relation: 'after' | 'before' | 'in';
}
/** How a message says where a missing item belongs. */
export declare function placeWords(place: Placement): string;
/**
 * Places a missing item next to the nearer of its matched neighbours (nearer in the reference):
 * after the one before it, or before the one after it; at `fallback` when it has neither.
 */
export declare function placeMissing(item: {
    start: number;
    end: number;
}, previous: {
    reference: {
        end: number;
    };
    variant: {
        end: number;
    };
} | null, next: {
    reference: {
        start: number;
    };
    variant: {
        start: number;
    };
} | null, fallback: number): Placement;
/** The matched pairs just before and just after reference index `r` (pairs are in order). */
export declare function neighbours(pairs: readonly [number, number][], r: number): {
    previous: [number, number] | null;
    next: [number, number] | null;
};
