import { type Rule } from '../src/rule-kit/index.js';
/**
 * Front matter that is not text (`redirect_from`, `children`, `topics`, `type`, ...) is the same in
 * every language: a translation's value that differs from the source's breaks redirects, navigation
 * or search for that language only.
 */
declare const rule: Rule;
export default rule;
