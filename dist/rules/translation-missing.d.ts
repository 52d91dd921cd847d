import { type Rule } from '../src/rule-kit/index.js';
/**
 * An English page with no translation in one of the tree's languages. Off by default: most trees
 * translate a subset on purpose; turned on, it lists the pages each language still lacks.
 * Pages only: a reusable that a translated page uses and that is not translated is
 * untranslated-reusable's finding, where readers see it.
 */
declare const rule: Rule;
export default rule;
