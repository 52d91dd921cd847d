import { type Placement } from './sequence.js';
import { type LiquidBlock, type LiquidBranch, type LiquidNode, type Span } from '../model/document.js';
export { blockKey, deepBlockKey, normalizeArgs, tagKey } from '../model/liquid-keys.js';
import { childBlocks } from '../model/liquid-keys.js';
export { childBlocks };
/** Two containers (the file, or matched branches of matched blocks) whose contents correspond. */
export interface ContainerPair {
    reference: readonly LiquidNode[];
    variant: readonly LiquidNode[];
    /** Where the variant's container body starts (for reporting what is missing from an empty one). */
    variantStart: number;
}
export type BlockDifference = 
/** `container`: the translation's span that holds the block's place (its matched parent branch, or the file). */
{
    kind: 'missing';
    reference: LiquidBlock;
    place: Placement;
    container: Span;
} | {
    kind: 'extra';
    variant: LiquidBlock;
} | {
    kind: 'moved';
    reference: LiquidBlock;
    variant: LiquidBlock;
}
/**
 * `respelled`: a version test in the other spelling (`{% if currentVersion == … %}` for `{% ifversion … %}`),
 * from an older translation: what is inside is not compared, as for a missing and an extra block.
 */
 | {
    kind: 'changed';
    reference: LiquidBlock;
    variant: LiquidBlock;
    respelled?: true;
}
/** The translation put `inner` (which matches the reference's block) inside a new block `variant`. */
 | {
    kind: 'wrapped';
    reference: LiquidBlock;
    variant: LiquidBlock;
}
/** The translation dropped the reference's block `reference` but kept what it wrapped. */
 | {
    kind: 'unwrapped';
    reference: LiquidBlock;
    variant: LiquidBlock;
} | {
    kind: 'missing-branch';
    reference: LiquidBranch;
    at: number;
    block: LiquidBlock;
}
/** A branch in the same place with another condition (`{% elsif ghae %}` for `{% elsif ghes %}`). */
 | {
    kind: 'changed-branch';
    reference: LiquidBranch;
    variant: LiquidBranch;
    block: LiquidBlock;
} | {
    kind: 'extra-branch';
    variant: LiquidBranch;
    block: LiquidBlock;
};
export interface LiquidAlignment {
    containers: ContainerPair[];
    differences: BlockDifference[];
}
/**
 * Aligns the block trees of a reference and a translation. Blocks are matched whole first (so a
 * missing block does not shift its neighbours), then by their own tag, then by name (a changed
 * condition); what is left is missing, extra or moved. Each difference is reported once, at its
 * block: nothing inside a missing or extra block is compared.
 */
export declare function alignLiquid(reference: readonly LiquidNode[], variant: readonly LiquidNode[], variantStart?: number, variantEnd?: number): LiquidAlignment;
/**
 * The Liquid alignment of a translation with a reference document, computed once per pair and
 * shared by every parity rule that needs it.
 */
export declare const alignDocuments: (reference: import("../model/document.js").ParsedDocument, translation: import("../model/document.js").ParsedDocument) => LiquidAlignment;
/**
 * The spans of blocks that one side has and the other lacks: what lies inside them is the block's
 * finding, so other parity rules leave it alone.
 */
export declare function unmatchedBlockSpans(alignment: LiquidAlignment): {
    reference: Span[];
    variant: Span[];
};
/** Whether an offset lies inside any of the spans (asked many times per list: indexed once, then binary search). */
export declare function within(spans: readonly Span[], offset: number): boolean;
