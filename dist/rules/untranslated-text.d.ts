import { type Rule } from '../src/rule-kit/index.js';
/**
 * Text left in English. For languages with their own script (Chinese, Japanese, Korean, Cyrillic…)
 * a whole sentence in Latin letters is the signal, with or without a source to compare with; for
 * Latin-script languages, a block identical to its aligned source block. Product names, terms that
 * stay English, `{% data %}` variables, code and URLs are not text.
 */
declare const rule: Rule;
export default rule;
