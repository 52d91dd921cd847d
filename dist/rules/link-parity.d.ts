import type { Rule } from '../src/rule.js';
/**
 * In each pair of aligned blocks, a translation links to what the source links to. Only the target
 * without its fragment is compared: a differing fragment is link-anchor's finding.
 */
declare const rule: Rule;
export default rule;
