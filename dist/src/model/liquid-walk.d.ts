import type { LiquidNode } from './document.js';
/**
 * Visits every node of a Liquid tree, depth first, in document order. Iterative: a nesting depth of
 * thousands neither overflows the stack nor costs a generator per level for every node.
 */
export declare function walkLiquid(nodes: readonly LiquidNode[]): Generator<LiquidNode>;
