import { type Rule } from '../src/rule-kit/index.js';
/**
 * A translation has the source's h2–h4 headings, in number, level and order. Translated pages are
 * served with the English anchors, paired with the translated headings by position: one heading
 * missing or extra shifts every anchor after it.
 */
declare const rule: Rule;
export default rule;
