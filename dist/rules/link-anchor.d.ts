import { type Rule } from '../src/rule-kit/index.js';
/**
 * Link fragments are well formed and point at a heading. Translations are served with English
 * anchors, so a translation's fragments are checked against the English headings, and against the
 * fragment of the source's matching link.
 */
declare const rule: Rule;
export default rule;
