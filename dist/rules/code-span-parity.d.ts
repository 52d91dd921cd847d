import { type Rule } from '../src/rule-kit/index.js';
/**
 * Inline code and code blocks are not translated: a translation has exactly the source's. So are the
 * team's `terms` (settings), which are checked in prose the same way.
 */
declare const rule: Rule;
export default rule;
