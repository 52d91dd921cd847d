import { type Rule } from '../src/rule-kit/index.js';
/**
 * Numbers in prose (limits, counts, versions) mean the same in every language: each aligned block
 * has the source's numbers. Digit shapes (`３`, `٣`) and separators (`1,000`, `1.000`, `1 000`) do
 * not matter; numbers in code, Liquid, link targets and names (`H2`, `OAuth2`) are not counted, nor
 * small numbers (up to 10) that the other side may write as a word.
 */
declare const rule: Rule;
export default rule;
