import { type Rule } from '../src/rule-kit/index.js';
/**
 * A translation that shares almost no structure with its source: the English page was rewritten
 * (or replaced by a generated stub). Said once for the file instead of one finding per block.
 */
declare const rule: Rule;
export default rule;
