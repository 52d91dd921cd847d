import { type Rule } from '../src/rule-kit/index.js';
/**
 * A translated page, reusable or variables file whose English source does not exist: the source
 * was deleted, moved or renamed, and readers of that language see a page English readers do not
 * (or a reusable nothing uses). It is still compared with its sibling translations.
 */
declare const rule: Rule;
export default rule;
