import { type Rule, SOURCE_LANGUAGE } from '../src/rule-kit/index.js';

/**
 * A translated page, reusable or variables file whose English source does not exist: the source
 * was deleted, moved or renamed, and readers of that language see a page English readers do not
 * (or a reusable nothing uses). It is still compared with its sibling translations.
 */
const rule: Rule = {
  meta: {
    id: 'translation-orphaned',
    description: 'Every translated page, reusable and variables file has an English source',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable', 'variables'],
  },
  check({ file, site, report }) {
    if (file.lang === SOURCE_LANGUAGE || site.units.get(file.key)?.source) return;
    // A checkout of translations alone (no English file of this kind at all) has nothing to tell an orphan by.
    if (!site.hasSources(file.kind)) return;
    const what = file.kind === 'page' ? 'page' : file.kind === 'reusable' ? 'reusable' : 'variables file';
    report({
      start: 0,
      message: `This ${file.lang} ${what} has no English source: ${file.key} does not exist. If the source was moved or renamed, move this translation with it; if it was deleted, delete this translation.`,
    });
  },
};
export default rule;
