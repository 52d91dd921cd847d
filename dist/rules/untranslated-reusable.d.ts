import { type Rule } from '../src/rule-kit/index.js';
/**
 * A translation that shows English: a page uses a reusable with no translated file for its
 * language, or a translated reusable is the English text unchanged.
 */
declare const rule: Rule;
export default rule;
