import { type Rule } from '../src/rule-kit/index.js';
/**
 * Markdown that renders wrongly in CJK text: emphasis that CommonMark's flanking rules do not close
 * next to full-width punctuation, full-width look-alikes of Markdown syntax, and ideographic or
 * no-break spaces in headings.
 */
declare const rule: Rule;
export default rule;
