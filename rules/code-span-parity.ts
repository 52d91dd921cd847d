import { alignOutlines, type Code, compareBlockItems, type Difference, itemDifferences, type Outline, type ParsedDocument, proseOf, quote, reportDifferences, type Rule } from '../src/rule-kit/index.js';

/**
 * Inline code and code blocks are not translated: a translation has exactly the source's. So are the
 * team's `terms` (settings), which are checked in prose the same way.
 */
const rule: Rule = {
  meta: {
    id: 'code-span-parity',
    description: "A translation's inline code spans and code blocks equal the source's",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    const terms = termPattern(context.settings.terms);
    reportDifferences(context, (translation, reference) => compareCode(translation, reference, terms));
  },
};
export default rule;

/**
 * What must stay identical: the code with the legacy `{{ site.data.x }}` written as `{% data x %}`
 * (the same thing), and for code blocks without whole-line comments, which translators may translate.
 */
function codeKey(code: CodeItem): string {
  if (code.term) return `term ${code.value}`;
  // `{% raw %}` only stops Liquid from reading the code: inside the fence or around it, the code is the same.
  let value = code.value.replace(/\{\{\s*site\.data\.([\w.-]+)\s*\}\}/g, '{% data $1 %}').replace(RAW_TAG, '');
  if (code.kind === 'block') value = value.split(/\r?\n/).filter((line, index, lines) => !/^\s*(?:#(?!!)|\/\/)/.test(line) && !(line.trim() === '' && (index === 0 || index === lines.length - 1))).join('\n');
  return `${code.kind} ${value.trim()}`;
}
const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/g;

/** A code span, or an occurrence in prose of a term that stays untranslated. */
type CodeItem = Code & { term?: boolean };

const noun = (code: CodeItem): string => (code.term ? 'Term' : code.kind === 'inline' ? 'Code span' : 'Code block');

const termPatterns = new WeakMap<readonly string[], RegExp | null>();

/** One pattern for the configured terms, longest first, not inside a longer Latin word (CJK text has no spaces). */
function termPattern(terms: readonly string[]): RegExp | null {
  if (termPatterns.has(terms)) return termPatterns.get(terms) ?? null;
  const sorted = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = sorted.length ? new RegExp(`(?<![A-Za-z0-9_])(?:${sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9_])`, 'gu') : null;
  termPatterns.set(terms, pattern);
  return pattern;
}

function itemsOf(doc: ParsedDocument, outline: Outline, block: number, terms: RegExp | null): readonly CodeItem[] {
  const contents = outline.contents[block];
  if (!terms || TERMLESS.has(outline.blocks[block].kind)) return contents.code;
  const prose = proseOf(doc.text, outline.blocks[block], contents);
  const start = outline.blocks[block].start;
  const found: CodeItem[] = [...prose.matchAll(terms)].map((match) => ({ kind: 'inline', lang: null, value: match[0], term: true, start: start + match.index, end: start + match.index + match[0].length }));
  return found.length ? [...contents.code, ...found].sort((a, b) => a.start - b.start) : contents.code;
}
const TERMLESS = new Set(['code', 'html', 'definition']);

function compareCode(translation: ParsedDocument, reference: ParsedDocument, terms: RegExp | null): Difference[] {
  const alignment = alignOutlines(reference, translation);
  const docOf = (outline: Outline): ParsedDocument => (outline === alignment.reference ? reference : translation);
  const items = compareBlockItems(alignment, translation, (outline, block) => itemsOf(docOf(outline), outline, block, terms), codeKey, (a, b) => a.kind === b.kind && !a.term === !b.term);
  return itemDifferences(items, {
    key: codeKey,
    noun,
    value: (code) => quote(code.value),
    text: (code) => code.value,
    changedNote: (code) => `; ${code.term ? 'this term stays' : 'code is'} not translated`,
  });
}
