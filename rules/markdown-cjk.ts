import GithubSlugger from 'github-slugger';
import { bodyStart, type DelimiterRun, type ParsedDocument, type Rule, type RuleContext, type Span, SpanSet, walkLiquid } from '../src/rule-kit/index.js';

/**
 * Markdown that renders wrongly in CJK text: emphasis that CommonMark's flanking rules do not close
 * next to full-width punctuation, full-width look-alikes of Markdown syntax, and ideographic or
 * no-break spaces in headings.
 */
const rule: Rule = {
  meta: {
    id: 'markdown-cjk',
    description: 'Markdown that renders wrongly in CJK text: emphasis next to full-width punctuation, full-width syntax, odd spaces in headings',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    const skip = opaqueSpans(context.doc);
    checkDelimiters(context, skip.liquid);
    checkLookalikes(context, [...skip.liquid, ...skip.code, ...skip.html]);
    checkHeadingSpaces(context, [...skip.liquid, ...skip.code, ...skip.html]);
  },
};
export default rule;

interface OpaqueSpans {
  liquid: Span[];
  code: Span[];
  html: Span[];
}

/** What is not Markdown prose: Liquid tokens, code, raw HTML. */
function opaqueSpans(doc: ParsedDocument): OpaqueSpans {
  const liquid: Span[] = [];
  for (const node of walkLiquid(doc.liquid)) {
    if (node.type !== 'block') {
      liquid.push({ start: node.start, end: node.end });
      continue;
    }
    // A comment's body is never rendered.
    if (node.name === 'comment') {
      liquid.push({ start: node.start, end: node.end });
      continue;
    }
    liquid.push({ start: node.start, end: node.openEnd });
    for (const branch of node.branches.slice(1)) liquid.push({ start: branch.start, end: branch.bodyStart });
    if (node.close) liquid.push(node.close);
  }
  return { liquid, code: doc.code, html: doc.html ?? [] };
}


// CommonMark 0.31: Unicode punctuation is the P and S categories; whitespace is Zs, tab, LF, FF, CR.
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const WHITESPACE = /^[\p{Zs}\t\n\f\r]$/u;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;

type CharClass = 'whitespace' | 'punctuation' | 'other';

/** The character before `at` (a whole code point), or '' at the start. */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

function charAt(text: string, at: number): string {
  return at >= text.length ? '' : String.fromCodePoint(text.codePointAt(at) as number);
}

/**
 * A character's class for flanking. A Liquid token renders to words, so it counts as a letter, except a
 * variable whose English value is known: its first or last character (`rendered`) is what CommonMark
 * will see beside the delimiter once the page is rendered.
 */
function classify(char: string, offset: number, liquid: SpanSet, rendered?: string): CharClass {
  if (char === '' || WHITESPACE.test(char)) return 'whitespace';
  if (liquid.has(offset)) return rendered && PUNCTUATION.test(rendered) ? 'punctuation' : 'other';
  return PUNCTUATION.test(char) ? 'punctuation' : 'other';
}

/** The rendered first and last characters of the `{% data variables %}` tags, by where each starts and ends. */
interface VariableEdges {
  firstByStart: Map<number, string>;
  lastByEnd: Map<number, string>;
}

const VARIABLE_TAG = /^\{%-?\s*data\s+variables\./;

function variableEdges({ doc, site }: RuleContext, liquidSpans: readonly Span[]): VariableEdges {
  const edges: VariableEdges = { firstByStart: new Map(), lastByEnd: new Map() };
  for (const { start, end } of liquidSpans) {
    if (!VARIABLE_TAG.test(doc.text.slice(start, Math.min(end, start + 40)))) continue;
    const value = site.renderText(doc.text.slice(start, end));
    if (value === '') continue;
    edges.firstByStart.set(start, String.fromCodePoint(value.codePointAt(0) as number));
    edges.lastByEnd.set(end, charBefore(value, value.length));
  }
  return edges;
}

interface RunFacts {
  run: DelimiterRun;
  delimiter: string;
  before: string;
  after: string;
  beforeClass: CharClass;
  afterClass: CharClass;
  canOpen: boolean;
  canClose: boolean;
  /** The punctuation a variable's value ends (or starts) with, when that is what the delimiter stands next to. */
  variableBefore?: string;
  variableAfter?: string;
}

/** The left- and right-flanking tests of CommonMark 0.31, on the whole delimiter run around `run`. */
function runFacts(text: string, run: DelimiterRun, liquid: SpanSet, variables: VariableEdges): RunFacts {
  const c = text[run.start];
  let start = run.start;
  let end = run.end;
  while (start > run.block.start && text[start - 1] === c) start--;
  while (end < run.block.end && text[end] === c) end++;
  const before = start > run.block.start ? charBefore(text, start) : '';
  const after = end < run.block.end ? charAt(text, end) : '';
  const renderedBefore = liquid.has(start - before.length) ? variables.lastByEnd.get(start) : undefined;
  const renderedAfter = liquid.has(end) ? variables.firstByStart.get(end) : undefined;
  const beforeClass = classify(before, start - before.length, liquid, renderedBefore);
  const afterClass = classify(after, end, liquid, renderedAfter);
  const leftFlanking = afterClass !== 'whitespace' && (afterClass !== 'punctuation' || beforeClass !== 'other');
  const rightFlanking = beforeClass !== 'whitespace' && (beforeClass !== 'punctuation' || afterClass !== 'other');
  const canOpen = c === '*' ? leftFlanking : leftFlanking && (!rightFlanking || beforeClass === 'punctuation');
  const canClose = c === '*' ? rightFlanking : rightFlanking && (!leftFlanking || afterClass === 'punctuation');
  const variableBefore = beforeClass === 'punctuation' && renderedBefore !== undefined ? renderedBefore : undefined;
  const variableAfter = afterClass === 'punctuation' && renderedAfter !== undefined ? renderedAfter : undefined;
  return { run, delimiter: text.slice(start, end), before, after, beforeClass, afterClass, canOpen, canClose, variableBefore, variableAfter };
}

/** Whether a character is CJK, or punctuation outside ASCII (full-width, ideographic). */
const isCjkSide = (char: string): boolean => CJK.test(char) || (char.charCodeAt(0) > 0x7f && PUNCTUATION.test(char));

/**
 * Literal delimiter runs that a flanking rule kept from pairing, where CJK text trips it:
 * punctuation on the inner side with a letter on the outer side, or `_` inside a word (CJK has no
 * spaces between words). The literal runs of one character in a block are read as they were meant:
 * opener, closer, opener, … (a last run without a partner is left alone).
 */
function checkDelimiters(context: RuleContext, liquidSpans: readonly Span[]): void {
  const { doc, report } = context;
  const liquid = new SpanSet(liquidSpans);
  const variables = doc.literalDelimiters?.length ? variableEdges(context, liquidSpans) : { firstByStart: new Map<number, string>(), lastByEnd: new Map<number, string>() };
  const groups = new Map<string, RunFacts[]>();
  for (const run of doc.literalDelimiters ?? []) {
    const facts = runFacts(doc.text, run, liquid, variables);
    const key = `${run.block.start} ${facts.delimiter[0]}`;
    const group = groups.get(key);
    if (group) group.push(facts);
    else groups.set(key, [facts]);
  }
  for (const group of groups.values()) {
    const paired = group.length - (group.length % 2);
    for (let i = 0; i < paired; i++) {
      const message = i % 2 === 0 ? openerProblem(group[i]) : closerProblem(group[i]);
      if (message) report({ start: group[i].run.start, end: group[i].run.end, message });
    }
  }
}

const literal = (shown: string): string => `so CommonMark does not read it as emphasis and the reader sees a literal ${shown}`;

function openerProblem({ delimiter, before, after, beforeClass, afterClass, canOpen, variableAfter }: RunFacts): string | null {
  if (canOpen) return null;
  const shown = `\`${delimiter}\``;
  if (variableAfter !== undefined && beforeClass === 'other' && isCjkSide(before)) {
    return `The opening ${shown} comes after \`${before}\` and before a variable whose value starts with the punctuation \`${variableAfter}\`, ${literal(shown)}. Put a space before the ${shown}.`;
  }
  if (afterClass === 'punctuation' && beforeClass === 'other' && (isCjkSide(before) || isCjkSide(after))) {
    return `The opening ${shown} comes after \`${before}\` and before the punctuation \`${after}\`, ${literal(shown)}. Move \`${after}\` before the ${shown} (\`${after}${delimiter}\`), or put a space before the ${shown}.`;
  }
  return intraword(delimiter, before, after);
}

function closerProblem({ delimiter, before, after, beforeClass, afterClass, canClose, variableBefore }: RunFacts): string | null {
  if (canClose) return null;
  const shown = `\`${delimiter}\``;
  if (variableBefore !== undefined && afterClass === 'other' && isCjkSide(after)) {
    return `The closing ${shown} comes after a variable whose value ends with the punctuation \`${variableBefore}\` and before \`${after}\`, ${literal(shown)}. Put a space after the ${shown}.`;
  }
  if (beforeClass === 'punctuation' && afterClass === 'other' && (isCjkSide(before) || isCjkSide(after))) {
    return `The closing ${shown} comes after the punctuation \`${before}\` and before \`${after}\`, ${literal(shown)}. Move \`${before}\` after the ${shown} (\`${delimiter}${before}\`), or put a space after the ${shown}.`;
  }
  return intraword(delimiter, before, after);
}

/** `_` between two CJK letters: inside a word, where underscores never open or close emphasis. */
function intraword(delimiter: string, before: string, after: string): string | null {
  if (delimiter[0] !== '_' || !CJK.test(before) || !CJK.test(after)) return null;
  const shown = `\`${delimiter}\``;
  return `${shown} between \`${before}\` and \`${after}\` is inside a word for CommonMark, where \`_\` never starts or ends emphasis: the reader sees a literal ${shown}. Use \`${'*'.repeat(delimiter.length)}\` on both sides instead.`;
}

interface Lookalike {
  /** Named groups `syntax…` hold the characters that play Markdown syntax. */
  pattern: RegExp;
  message(match: RegExpExecArray): string;
}

const FULLWIDTH_SYNTAX = /[［］（）！＃｀＊\u3000\u00a0]/;
const FULLWIDTH_TO_ASCII: Record<string, string> = { '［': '[', '］': ']', '（': '(', '）': ')', '！': '!', '＃': '#', '｀': '`', '＊': '*', '\u3000': ' ', '\u00a0': ' ' };
const toAscii = (text: string): string => text.replace(/[［］（）！＃｀＊\u3000\u00a0]/g, (c) => FULLWIDTH_TO_ASCII[c]);

/** Full-width characters that mimic Markdown syntax, only where the rest of the syntax is there too. */
const LOOKALIKES: Lookalike[] = [
  {
    // `［text］（/url）`, `！［alt］（img.png）` and mixes of full-width and ASCII brackets, with a URL-like target.
    pattern: /(?<syntax1>[!！]?[[［])[^\]］\n[［]*(?<syntax2>[\]］][(（])\s*(?:\/|#|\.{1,2}\/|https?:|mailto:|\{[%{])[^)）\s]*(?<syntax3>[)）]?)/g,
    message: (match) => {
      const image = /^[!！]/.test(match[0]);
      return `${quoteSnippet(match[0])} looks like ${image ? 'an image' : 'a link'} but uses full-width brackets, so it shows as plain text; write ${quoteSnippet(toAscii(match[0]))}.`;
    },
  },
  {
    // A full-width `＃` at the start of a line, or `#` followed by an ideographic or no-break space: not a heading.
    pattern: /^ {0,3}(?<syntax>＃{1,6}[ \u3000]|#{1,6}[\u3000\u00a0])\S[^\n]*/gm,
    message: (match) =>
      match[0].includes('＃')
        ? `${quoteSnippet(match[0].trim())} uses the full-width \`＃\`, so this line is not a heading; write ${quoteSnippet(toAscii(match[0]).trim())}.`
        : `The \`#\` is followed by ${match[0].includes('\u3000') ? 'an ideographic space (U+3000)' : 'a no-break space (U+00A0)'}, so this line is not a heading; put an ordinary space after the \`#\`.`,
  },
  {
    pattern: /(?<syntax1>[｀`])[^｀`\n]+(?<syntax2>[｀`])/g,
    message: (match) => `${quoteSnippet(match[0])} uses full-width backticks, so it is not code; write ${quoteSnippet(toAscii(match[0]))}.`,
  },
  {
    pattern: /(?<syntax>＊＊)[^＊\n]+＊＊/g,
    message: (match) => `${quoteSnippet(match[0])} uses full-width asterisks, so it is not bold; write ${quoteSnippet(toAscii(match[0]))}.`,
  },
];

/** Text in a message, in a code span that survives backticks inside it. */
function quoteSnippet(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function checkLookalikes({ doc, report }: RuleContext, skipSpans: readonly Span[]): void {
  const skip = new SpanSet(skipSpans);
  const from = bodyStart(doc);
  const body = doc.text.slice(from);
  for (const lookalike of LOOKALIKES) {
    for (const match of body.matchAll(lookalike.pattern)) {
      // An all-ASCII match is either real syntax or no syntax at all: only full-width look-alikes count.
      if (!FULLWIDTH_SYNTAX.test(Object.values(match.groups ?? {}).join(''))) continue;
      const start = from + match.index + (match[0].length - match[0].trimStart().length);
      const end = from + match.index + match[0].trimEnd().length;
      if (skip.overlaps(start, end)) continue;
      report({ start, end, message: lookalike.message(match) });
    }
  }
}

/** Ideographic and no-break spaces inside headings: anchors drop them instead of writing `-`. */
function checkHeadingSpaces({ doc, report, site }: RuleContext, skipSpans: readonly Span[]): void {
  const skip = new SpanSet(skipSpans);
  for (const heading of doc.headings) {
    const source = doc.text.slice(heading.start, heading.end);
    for (const match of source.matchAll(/[\u3000\u00a0]/g)) {
      const at = heading.start + match.index;
      if (skip.overlaps(at, at + 1)) continue;
      const name = match[0] === '\u3000' ? 'an ideographic space (U+3000)' : 'a no-break space (U+00A0)';
      const rendered = site.renderText(heading.text);
      const actual = new GithubSlugger().slug(rendered);
      const intended = new GithubSlugger().slug(rendered.replace(/[\u3000\u00a0]/g, ' '));
      const anchor = actual === intended ? '' : `: its anchor becomes \`#${actual}\` instead of \`#${intended}\``;
      report({ start: at, end: at + 1, message: `This heading contains ${name}${anchor}. Use an ordinary space.` });
    }
  }
}
