import { type Rule } from '../src/rule-kit/index.js';
/**
 * A translated variables file has the English file's keys, and each value keeps the English value's
 * Liquid and code spans (the words around them are translated).
 */
declare const rule: Rule;
export default rule;
