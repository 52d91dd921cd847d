import { type Rule, SOURCE_LANGUAGE } from '../src/rule-kit/index.js';

/**
 * An English page with no translation in one of the tree's languages. Off by default: most trees
 * translate a subset on purpose; turned on, it lists the pages each language still lacks.
 * Pages only: a reusable that a translated page uses and that is not translated is
 * untranslated-reusable's finding, where readers see it.
 */
const rule: Rule = {
  meta: {
    id: 'translation-missing',
    description: 'Every English page has a translation in each language of the tree',
    defaultSeverity: 'off',
    fixable: false,
    scope: 'file',
    kinds: ['page'],
  },
  check({ file, site, report }) {
    if (file.lang !== SOURCE_LANGUAGE) return;
    const translations = site.units.get(file.key)?.translations;
    for (const lang of site.languages) {
      if (translations?.has(lang)) continue;
      report({ start: 0, message: `No ${lang} translation of this page (${site.layout.translations}/${lang}/${file.key} does not exist).` });
    }
  },
};
export default rule;
