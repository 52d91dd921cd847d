import { type Delimiter, liquidDelimiters, replaceDelimited, type Rule, Site, walkLiquid } from '../src/rule-kit/index.js';

/**
 * A translation that shows English: a page uses a reusable with no translated file for its
 * language, or a translated reusable is the English text unchanged.
 */
const rule: Rule = {
  meta: {
    id: 'untranslated-reusable',
    description: 'Reusables a translation uses are translated into its language',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable'],
  },
  check({ file, doc, source, site, report }) {
    if (file.lang === 'en') return;
    // Reported once per reusable in this file, at its first use.
    const uses = new Map<string, { start: number; end: number; count: number }>();
    for (const node of walkLiquid(doc.liquid)) {
      if (node.type !== 'tag' || (node.name !== 'data' && node.name !== 'indented_data_reference')) continue;
      const parsed = Site.parseDataReference(node.args.split(/\s+/)[0] ?? '');
      if (parsed?.kind !== 'reusables' || !site.reusable(parsed.name)) continue;
      const use = uses.get(parsed.name);
      if (use) use.count++;
      else uses.set(parsed.name, { start: node.start, end: node.end, count: 1 });
    }
    for (const [name, use] of uses) {
      if (site.reusable(name, file.lang)) continue;
      const more = use.count > 1 ? ` (used ${use.count} times in this file)` : '';
      report({ start: use.start, end: use.end, message: `Reusable \`${name}\` has no ${file.lang} translation, so readers see English here${more}: add ${site.layout.translations}/${file.lang}/${site.layout.data}/reusables/${name.split('.').join('/')}.md.` });
    }
    if (file.kind === 'reusable' && source && hasProse(source.doc.text) && normalize(doc.text) === normalize(source.doc.text)) {
      report({ start: 0, message: `This ${file.lang} reusable is the English text of ${source.file.path} unchanged: it was never translated.` });
    }
  },
};
export default rule;

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Liquid, code spans and link targets: set aside, with URLs, before looking for prose. */
const NOT_PROSE: Delimiter[] = [...liquidDelimiters(true), { open: /`/g, close: /`/g, multiline: true }, { open: /\]\(/g, close: /\)/g, multiline: true }];
const WORD_OR_GAP = /\p{L}+|\s+|[^\p{L}\s]+/gu;

/**
 * Whether a text has words to translate once Liquid, code and URLs are set aside: three words of two
 * letters or more with only spaces between them. One pass over the words: the regex
 * `\p{L}{2,}(?:\s+\p{L}{2,}){2,}` rescanned a long word from each of its letters.
 */
function hasProse(text: string): boolean {
  const prose = replaceDelimited(text.replace(/https?:\/\/\S+/g, ' '), NOT_PROSE, () => ' ');
  let words = 0;
  for (const [token] of prose.matchAll(WORD_OR_GAP)) {
    if (/^\s/u.test(token)) continue;
    words = /^\p{L}{2}/u.test(token) ? words + 1 : 0;
    if (words >= 3) return true;
  }
  return false;
}
