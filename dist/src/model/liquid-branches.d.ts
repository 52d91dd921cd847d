/**
 * How many readings the text has: the most branches of any conditional, counting the empty branch of
 * one without `{% else %}`. 1 when it has none.
 */
export declare function branchCount(text: string): number;
/** The text with branch `n` (0-based) of every conditional kept and the others dropped, tags removed. */
export declare function selectBranch(text: string, n: number): string;
