import { alignOutlines, blockNoun, bodyStart, type Link, liquidDelimiters, locate, type Outline, type OutlineBlock, outlineOf, proseOf, quote, replaceDelimited, type ReportDescriptor, type Rule, type RuleContext, SOURCE_LANGUAGE, SpanSet } from '../src/rule-kit/index.js';

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
    // A file that is the source unchanged is one finding (untranslated-reusable's for a reusable), not one per paragraph.
    if (context.source && context.doc.text.slice(bodyStart(context.doc)).trim() === context.source.doc.text.slice(bodyStart(context.source.doc)).trim()) {
      const body = bodyStart(context.doc);
      const { blocks, contents } = outlineOf(context.doc);
      // Prose, not only Liquid, code or a comment (a generated page's body is `{% include %}` or a note to editors).
      const prose = blocks.some((block, index) => TEXT_BLOCKS.has(block.kind) && looksLikeProse(proseOf(context.doc.text, block, contents[index])));
      if (context.file.kind === 'page' && prose) {
        context.report({ start: body, message: `The text of this page is the English text of ${context.source.file.path} unchanged: it was never translated.` });
      }
      return;
    }
    const script = SCRIPTS[context.file.lang.split('-')[0].toLowerCase()];
    // Product names mean reading every English variables file: only when some text could be English.
    let pattern: RegExp | null | undefined;
    const names = (): RegExp | null => (pattern === undefined ? (pattern = namePattern(context)) : pattern);
    checkTitles(context, script, names);
    const outline = outlineOf(context.doc);
    const found: BlockFinding[] = [];
    if (script) {
      outline.blocks.forEach((block, index) => {
        if (!TEXT_BLOCKS.has(block.kind)) return;
        // Cheap first: four Latin words in a row, with no letter of another script between them.
        if (!hasFourLatinWords(context.doc.text.slice(block.start, block.end))) return;
        const raw = proseOf(context.doc.text, block, outline.contents[index]);
        if (!englishSentence(raw, script)) return;
        const sentence = englishSentence(stripNames(raw, names()), script);
        if (!sentence) return;
        const start = block.start + sentence.index;
        const end = start + sentence.text.length;
        found.push({
          start,
          end,
          whole: !script.test(raw),
          message: `This ${blockNoun(block.kind)} still has an English sentence: ${quote(context.doc.text.slice(start, end))}. Translate it, or add the phrase to \`terms\` in docs-lint.config.json if it must stay in English.`,
        });
      });
      if (!reportPerBlockOrOnce(context, found, outline, script)) checkImageAlts(context, script, names, found);
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
      const theirs = proseOf(source.doc.text, sourceOutline.blocks[r], sourceOutline.contents[r]);
      if (normalize(mine) !== normalize(theirs)) {
        const sentence = sentenceOfSource(mine, theirs, names());
        if (sentence) {
          const start = block.start + sentence.index;
          found.push({
            start,
            end: start + sentence.length,
            whole: false,
            message: `This ${blockNoun(block.kind)} still has a sentence of the English source: ${quote(context.doc.text.slice(start, start + sentence.length))}. Translate it.`,
          });
        }
        continue;
      }
      if (!looksLikeProse(mine)) continue;
      if (!looksLikeProse(normalize(stripNames(mine, names())))) continue;
      found.push({
        start: block.start,
        end: block.end,
        whole: true,
        message: `This ${blockNoun(block.kind)} is the same as in the English source (${quote(context.doc.text.slice(block.start, block.end))}): it was not translated.`,
      });
    }
    if (!reportPerBlockOrOnce(context, found, outline, script)) checkImageAlts(context, script, names, found);
  },
};
export default rule;

/** A block's finding; `whole` when the whole block is English, not one sentence of it. */
interface BlockFinding extends ReportDescriptor {
  whole: boolean;
}

/**
 * The block findings, or one for the file when nearly all of its text is English: a page left
 * untranslated (or pasted in English) is one thing to do, not one finding per paragraph.
 */
function reportPerBlockOrOnce(context: RuleContext, found: readonly BlockFinding[], outline: Outline, script: RegExp | undefined): boolean {
  // The blocks the rule can judge: a sentence's worth of words, or any letter of the language's own script.
  const judged = (text: string): boolean => looksLikeProse(text) || (script !== undefined && script.test(text));
  const textBlocks = outline.blocks.filter((block, index) => TEXT_BLOCKS.has(block.kind) && judged(proseOf(context.doc.text, block, outline.contents[index]))).length;
  const english = found.filter((finding) => finding.whole);
  const report = ({ start, end, message }: BlockFinding): void => context.report({ start, end, message });
  if (english.length < WHOLE_FILE_MIN_BLOCKS || english.length < textBlocks * WHOLE_FILE_SHARE) {
    found.forEach(report);
    return false;
  }
  // Blocks partly translated keep their own findings: their English sentences are other work.
  found.filter((finding) => !finding.whole && finding.start < english[0].start).forEach(report);
  const { line } = locate(context.doc, english[0].start);
  context.report({
    start: english[0].start,
    end: english[0].end,
    message: `This file is still in English: ${english.length} of its ${textBlocks} headings, paragraphs and table cells are untranslated, from line ${line} on. Translate the file (or leave it out of this language until it is translated).`,
  });
  found.filter((finding) => !finding.whole && finding.start > english[0].start).forEach(report);
  return true;
}

/** Where a sentence may end: after `.`, `!`, `?` or `:` and white space, or at a line break. */
const SENTENCE_END = /(?<=[.!?:])\s+|\n/g;

/** The sentences of a text with their offsets, white space folded (one pass). */
function sentencesOf(text: string): { text: string; index: number; length: number }[] {
  const sentences: { text: string; index: number; length: number }[] = [];
  let position = 0;
  for (const match of [...text.matchAll(SENTENCE_END), null]) {
    const end = match ? match.index : text.length;
    const raw = text.slice(position, end);
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed.replace(/\s+/g, ' '), index: position + raw.indexOf(trimmed), length: trimmed.length });
    position = end + (match ? match[0].length : 0);
  }
  return sentences;
}

/**
 * A sentence of a translated block that is word for word a sentence of its source block, and reads as
 * a sentence (not a name or a label): English left inside a Spanish or Portuguese paragraph.
 */
function sentenceOfSource(mine: string, theirs: string, names: RegExp | null): { index: number; length: number } | null {
  const source = new Set(sentencesOf(theirs).map((sentence) => sentence.text));
  for (const sentence of sentencesOf(mine)) {
    if (source.has(sentence.text) && !sentence.text.startsWith('![') && looksLikeProse(stripNames(sentence.text, names))) return sentence;
  }
  return null;
}

/**
 * Alt text of an image left in English: screen readers read it aloud. For a language with its own
 * script, alt text without a letter of it; for a Latin-script one, the source's alt text for the same
 * image. Not reported inside a block that already has a finding.
 */
function checkImageAlts(context: RuleContext, script: RegExp | undefined, names: () => RegExp | null, found: readonly ReportDescriptor[]): void {
  const source = context.source;
  if (!source && !script) return;
  const altsByUrl = new Map<string, Set<string>>();
  for (const image of source?.doc.links ?? []) {
    const alt = imageAlt(source?.doc.text ?? '', image);
    if (alt) altsByUrl.set(image.url, (altsByUrl.get(image.url) ?? new Set()).add(alt.text));
  }
  const reported = new SpanSet(found.map(({ start, end = start }) => ({ start, end })));
  for (const image of context.doc.links) {
    const alt = imageAlt(context.doc.text, image);
    if (!alt || (!script && !altsByUrl.get(image.url)?.has(alt.text))) continue;
    if (reported.has(alt.start)) continue;
    const words = stripNames(alt.text, names()).match(/[a-z]+/gi) ?? [];
    if (words.length < 2 || !words.some((word) => /^[a-z]{3,}$/.test(word)) || (script && script.test(alt.text))) continue;
    context.report({ start: alt.start, end: alt.start + alt.text.length, message: `The image's alt text ${quote(alt.text)} is still in English: translate it (screen readers read it aloud).` });
  }
}

/** The alt text of an inline image (`![alt](url)`) as written, with its offset; null for other links. */
function imageAlt(text: string, link: Link): { text: string; start: number } | null {
  if (link.kind !== 'image' || link.urlStart === null || text.slice(link.start, link.start + 2) !== '![') return null;
  const close = text.lastIndexOf('](', link.urlStart);
  if (close < link.start + 2) return null;
  const alt = text.slice(link.start + 2, close);
  return alt.trim() ? { text: alt, start: link.start + 2 } : null;
}

/** Untranslated blocks that make a file one finding: at least this many, and this share of its text blocks. */
const WHOLE_FILE_MIN_BLOCKS = 4;
const WHOLE_FILE_SHARE = 0.8;

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
    .match(/[A-Z][A-Z'’-]*/gi) ?? [];
  const lower = words.filter((word) => /^[a-z][a-z'’-]+$/.test(word));
  return words.length >= 4 && lower.length >= 3 && lower.length * 2 >= words.length;
}

/** In a token, `.`, `/` or `\\` between letters or digits: a file name, path or host. */
const PATH_LIKE = /[a-z0-9][/\\.][a-z0-9]/i;

/** The first run of Latin text, between characters of the target script and sentence ends, that reads as a sentence. */
const LATIN_WORD_OR_BREAK = /[A-Za-z]+|[\p{L}\n]/gu;

/**
 * Four Latin words in a row, with no other letter and no line break between them. One pass over the
 * words: the regex `[A-Za-z]+(?:[^\p{L}\n]+[A-Za-z]+){3}` retried its scan from every letter of a long word.
 */
function hasFourLatinWords(text: string): boolean {
  let run = 0;
  for (const [token] of text.matchAll(LATIN_WORD_OR_BREAK)) {
    run = /^[a-z]/i.test(token) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}
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
    // An image's alt text is checkImageAlts' to report.
    if (looksLikeProse(text) && !text.startsWith('![')) return { text: text.replace(/^[#>*\-+|\s]+/, ''), index: position + segment.indexOf(text) + (text.length - text.replace(/^[#>*\-+|\s]+/, '').length) };
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
    const words = stripNames(replaceDelimited(value, ONE_LINE_LIQUID, () => ' '), names());
    const hasLowercaseWord = /\b[a-z]{3,}\b/.test(words);
    const untranslated = script ? !script.test(value) && hasLowercaseWord && (words.match(/[A-Z]+/gi) ?? []).length >= 2 : value === field(theirs, key) && hasLowercaseWord;
    if (!untranslated) continue;
    context.report({ start: position.valueStart, end: position.valueEnd, message: `The ${key} ${quote(value)} is still in English: translate it.` });
  }
}

const ONE_LINE_LIQUID = liquidDelimiters(false);

function field(data: unknown, key: string): string | null {
  if (!data || typeof data !== 'object') return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}
