import type { LiquidBlock, LiquidNode } from './document.js';
/**
 * A condition or argument list written the canonical way: quotes as `"`, no spacing around
 * operators, single spaces elsewhere. `operation.subcategory == 'x'` and `operation.subcategory=="x"` agree.
 */
export declare function normalizeArgs(args: string): string;
export declare function blockKey(block: Pick<LiquidBlock, 'name' | 'args'>): string;
/** The key of a plain tag or output, as written in a message: `{% data reusables.x %}`, `{{ x }}`. */
export declare function tagKey(node: LiquidNode): string;
/**
 * The key of a block with everything it contains, blocks only (its plain tags are another rule's).
 * Nested blocks stand in it by a short id of their own key, so keys stay short however deep the
 * nesting, and they are computed bottom up without recursion.
 */
export declare function deepBlockKey(block: LiquidBlock): string;
/** The blocks among a container's nodes. */
export declare function childBlocks(nodes: readonly LiquidNode[]): LiquidBlock[];
