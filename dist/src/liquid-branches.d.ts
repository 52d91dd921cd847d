/**
 * Text whose conditionals (`{% ifversion fpt %}A{% else %}B{% endif %}`) read differently per version.
 * docs-lint does not evaluate conditions; it reads the nth branch of every conditional at once, which
 * is each version's text where a text's conditionals test the same versions (as headings and product
 * names do), and a superset of the texts there can be otherwise.
 */
/**
 * How many readings the text has: the most branches of any conditional, counting the empty branch of
 * one without `{% else %}`. 1 when it has none.
 */
export declare function branchCount(text: string): number;
/** The text with branch `n` (0-based) of every conditional kept and the others dropped, tags removed. */
export declare function selectBranch(text: string, n: number): string;
