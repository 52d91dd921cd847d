import { type Rule } from '../src/rule-kit/index.js';
/**
 * The Liquid block tree (`if`, `for`, `ifversion`, `note`, …) of a translation equals the source's.
 * A missing, extra, changed or moved block is one finding at its place, not one per line after it.
 */
declare const rule: Rule;
export default rule;
