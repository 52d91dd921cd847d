import { quote } from '../src/compare.js';
import { alignOutlines, blockNoun } from '../src/doc-align.js';
import { bodyStart, SOURCE_LANGUAGE, type OutlineBlock } from '../src/model.js';
import { outlineOf, proseOf } from '../src/outline.js';
import type { Rule, RuleContext } from '../src/rule.js';

/**
 * Text left in English. For languages with their own script (Chinese, Japanese, Korean, Cyrillic…)
 * a whole sentence in Latin letters is the signal, with or without a source to compare with; for
 * Latin-script languages, a block identical to its aligned source block. Product names, terms that
 * stay English, `{% data %}` variables, code and URLs are not text.
 */
const rule: Rule = {
  meta: {
    id: 'untranslated-text',
    description: 'Headings, paragraphs, table cells and titles are not left in the source language',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    if (context.file.lang === SOURCE_LANGUAGE) return;
    // A file that is the source unchanged is one finding of untranslated-reusable, not one per paragraph.
    if (context.source && context.doc.text.slice(bodyStart(context.doc)).trim() === context.source.doc.text.slice(bodyStart(context.source.doc)).trim()) return;
    const script = SCRIPTS[context.file.lang.split('-')[0].toLowerCase()];
    // Product names mean reading every English variables file: only when some text could be English.
    let pattern: RegExp | null | undefined;
    const names = (): RegExp | null => (pattern === undefined ? (pattern = namePattern(context)) : pattern);
    checkTitles(context, script, names);
    const outline = outlineOf(context.doc);
    if (script) {
      outline.blocks.forEach((block, index) => {
        if (!TEXT_BLOCKS.has(block.kind)) return;
        // Cheap first: four Latin words in a row, with no letter of another script between them.
        if (!FOUR_LATIN_WORDS.test(context.doc.text.slice(block.start, block.end))) return;
        const raw = proseOf(context.doc.text, block, outline.contents[index]);
        if (!englishSentence(raw, script)) return;
        const sentence = englishSentence(stripNames(raw, names()), script);
        if (!sentence) return;
        const start = block.start + sentence.index;
        const end = start + sentence.text.length;
        context.report({
          start,
          end,
          message: `This ${blockNoun(block.kind)} still has an English sentence: ${quote(context.doc.text.slice(start, end))}. Translate it, or add the phrase to \`terms\` in docs-lint.config.json if it must stay in English.`,
        });
      });
      return;
    }
    const source = context.source;
    if (!source) return;
    const alignment = alignOutlines(source.doc, context.doc);
    const sourceOutline = outlineOf(source.doc);
    for (const [r, v] of alignment.blocks.pairs) {
      const block = outline.blocks[v];
      if (!TEXT_BLOCKS.has(block.kind)) continue;
      const mine = proseOf(context.doc.text, block, outline.contents[v]);
      if (normalize(mine) !== normalize(proseOf(source.doc.text, sourceOutline.blocks[r], sourceOutline.contents[r])) || !looksLikeProse(mine)) continue;
      if (!looksLikeProse(normalize(stripNames(mine, names())))) continue;
      context.report({
        start: block.start,
        end: block.end,
        message: `This ${blockNoun(block.kind)} is the same as in the English source (${quote(context.doc.text.slice(block.start, block.end))}): it was not translated.`,
      });
    }
  },
};
export default rule;

const TEXT_BLOCKS = new Set<OutlineBlock['kind']>(['heading', 'paragraph', 'tableCell']);

/** The script of languages that are not written in Latin letters, by language code. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const SCRIPTS: Record<string, RegExp> = {
  zh: CJK,
  ja: CJK,
  ko: CJK,
  ru: CYRILLIC,
  uk: CYRILLIC,
  bg: CYRILLIC,
  be: CYRILLIC,
  sr: CYRILLIC,
  mk: CYRILLIC,
  el: /\p{Script=Greek}/u,
  he: /\p{Script=Hebrew}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  th: /\p{Script=Thai}/u,
  hi: /\p{Script=Devanagari}/u,
};

/** A phrase of at least four words, three of them ordinary lowercase words: a sentence, not a name. */
function looksLikeProse(text: string): boolean {
  // File names and paths (`.github/workflows/main.yml`) are not words of a sentence.
  const words = text
    .split(/\s+/)
    .filter((token) => !PATH_LIKE.test(token))
    .join(' ')
    .match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const lower = words.filter((word) => /^[a-z][a-z'’-]+$/.test(word));
  return words.length >= 4 && lower.length >= 3 && lower.length * 2 >= words.length;
}

/** In a token, `.`, `/` or `\\` between letters or digits: a file name, path or host. */
const PATH_LIKE = /[A-Za-z0-9][/\\.][A-Za-z0-9]/;

/** The first run of Latin text, between characters of the target script and sentence ends, that reads as a sentence. */
const FOUR_LATIN_WORDS = /[A-Za-z]+(?:[^\p{L}\n]+[A-Za-z]+){3}/u;
const boundaries = new Map<RegExp, RegExp>();

function englishSentence(prose: string, script: RegExp): { text: string; index: number } | null {
  let boundary = boundaries.get(script);
  if (!boundary) {
    boundary = new RegExp(`${script.source}|[。、，：；！？「」『』（）【】]|(?<=[.!?])\\s`, 'gu');
    boundaries.set(script, boundary);
  }
  let position = 0;
  for (const match of [...prose.matchAll(boundary), null]) {
    const end = match ? match.index : prose.length;
    const segment = prose.slice(position, end);
    const text = segment.trim();
    if (looksLikeProse(text)) return { text: text.replace(/^[#>*\-+|\s]+/, ''), index: position + segment.indexOf(text) + (text.length - text.replace(/^[#>*\-+|\s]+/, '').length) };
    position = end + (match ? match[0].length : 0);
  }
  return null;
}

function normalize(text: string): string {
  return text.replace(/^[#\s]+/, '').replace(/\s+/g, ' ').trim();
}

const patterns = new WeakMap<object, Map<string, RegExp | null>>();

/**
 * One pattern for the product names and the terms that stay in English. Product names come from
 * `data/variables/product.yml` and the variables files the page (or its source) refers to, not from
 * every variables file of the tree: a pre-commit run reads only what it needs.
 */
function namePattern(context: RuleContext): RegExp | null {
  const files = new Set(['product']);
  for (const doc of [context.doc, context.source?.doc]) {
    for (const match of doc?.text.matchAll(/\bvariables\.([\w-]+)\./g) ?? []) files.add(match[1]);
  }
  const key = [...files].sort().join(',');
  let bySite = patterns.get(context.site);
  if (!bySite) patterns.set(context.site, (bySite = new Map<string, RegExp | null>()));
  if (bySite.has(key)) return bySite.get(key) ?? null;
  const names = [...context.site.productNames([...files]), ...context.settings.terms].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
  const pattern = names.length ? new RegExp(names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
  bySite.set(key, pattern);
  return pattern;
}

function stripNames(text: string, names: RegExp | null): string {
  return names ? text.replace(names, (name) => ' '.repeat(name.length)) : text;
}

/** A translated `title`, `shortTitle` or `intro` that is still the English one. */
function checkTitles(context: RuleContext, script: RegExp | undefined, names: () => RegExp | null): void {
  const mine = context.doc.yaml?.data;
  const theirs = context.source?.doc.yaml?.data;
  for (const key of ['title', 'shortTitle', 'intro']) {
    const value = field(mine, key);
    const position = context.doc.yaml?.positions[key];
    if (value === null || !position) continue;
    if (!/\b[a-z]{3,}\b/.test(value)) continue;
    const words = stripNames(value.replace(/\{%.*?%\}|\{\{.*?\}\}/g, ' '), names());
    const hasLowercaseWord = /\b[a-z]{3,}\b/.test(words);
    const untranslated = script ? !script.test(value) && hasLowercaseWord && (words.match(/[A-Za-z]+/g) ?? []).length >= 2 : value === field(theirs, key) && hasLowercaseWord;
    if (!untranslated) continue;
    context.report({ start: position.valueStart, end: position.valueEnd, message: `The ${key} ${quote(value)} is still in English: translate it.` });
  }
}

function field(data: unknown, key: string): string | null {
  if (!data || typeof data !== 'object') return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}
