import { type Rule } from '../src/rule-kit/index.js';
/**
 * Inside each block, a translation has the source's plain tags and outputs (`{% data %}`,
 * `{% include %}`, `{{ }}`), as a multiset: order may change with the sentence, count may not.
 */
declare const rule: Rule;
export default rule;
