import { type Rule } from '../src/rule-kit/index.js';
/**
 * In each pair of aligned blocks, a translation links to what the source links to, with a fragment
 * where the source has one: which fragment is link-anchor's finding.
 */
declare const rule: Rule;
export default rule;
