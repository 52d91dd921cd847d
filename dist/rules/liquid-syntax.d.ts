import { type Rule } from '../src/rule-kit/index.js';
/**
 * Liquid that does not tokenize or whose blocks do not balance, and tag names that are neither
 * Liquid's nor the docs' (a translated keyword such as `{% 数据 %}`, a full-width `{％`).
 */
declare const rule: Rule;
export default rule;
