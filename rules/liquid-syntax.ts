import { countBelow, type DelimitedMatch, type Delimiter, findDelimited, type Fix, type LiquidProblem, locate, normalizeArgs, type ParsedDocument, quote, type Rule, type Variant, walkLiquid } from '../src/rule-kit/index.js';

/**
 * Liquid that does not tokenize or whose blocks do not balance, and tag names that are neither
 * Liquid's nor the docs' (a translated keyword such as `{% 数据 %}`, a full-width `{％`).
 */
const rule: Rule = {
  meta: {
    id: 'liquid-syntax',
    description: 'Liquid tags are well formed, known and balanced',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'file',
    kinds: ['page', 'reusable', 'variables'],
  },
  check({ doc, source, report }) {
    for (const problem of doc.liquidProblems) {
      report({
        start: problem.start,
        end: problem.end,
        message: describe(problem, doc.text, source),
        originKey: `${problem.kind} ${problem.name} ${problem.args}`,
        fix: source ? fixFor(problem, doc, source.doc) : undefined,
      });
    }
  },
};
export default rule;

function describe(problem: LiquidProblem, text: string, source: Variant | null): string {
  const written = quote(text.slice(problem.start, problem.end));
  switch (problem.kind) {
    case 'unclosed-tag':
      return `Unclosed Liquid tag: ${written} has no closing \`%}\`.`;
    case 'unclosed-output':
      return `Unclosed Liquid output: ${written} has no closing \`}}\`.`;
    case 'empty-tag':
      return `Liquid tag ${written} has no tag name.`;
    case 'unknown-tag': {
      const hint = sourceTagWithArgs(source, problem.args);
      return `Unknown Liquid tag \`${problem.name}\` in ${written}${hint ? `; the source has ${quote(hint)} here. Liquid keywords must not be translated.` : '.'}`;
    }
    case 'unclosed-block':
      return `\`{% ${problem.name} %}\` is never closed: \`{% end${problem.name === 'ifversion' ? 'if' : problem.name} %}\` is missing.`;
    case 'stray-end':
      return `${written} closes no open block.`;
    case 'mismatched-end':
      return `${written} closes an outer block while \`{% ${problem.expected ?? ''} %}\` is still open: its end tag is missing.`;
    case 'branch-outside-block':
      return `${written} is outside any block it can belong to${problem.expected ? ` (the open block is \`{% ${problem.expected} %}\`)` : ''}.`;
    case 'fullwidth-delimiter':
      return `${written} looks like a Liquid delimiter but uses full-width characters, so Liquid ignores it; write \`{%\`, \`%}\`, \`{{\` or \`}}\`.`;
  }
}

/** The source's tag that has the same arguments as an unknown tag: the keyword it should have kept. */
function sourceTagWithArgs(source: Variant | null, args: string): string | null {
  if (!source || !args) return null;
  for (const node of walkLiquid(source.doc.liquid)) {
    if (node.type !== 'output' && node.args === args) return source.doc.text.slice(node.start, node.type === 'block' ? node.openEnd : node.end);
  }
  return null;
}

/**
 * The repair of a translated keyword or a full-width delimiter, when the source says for certain what
 * the tag is: every source tag with these arguments has one name, or the source has this very tag.
 */
function fixFor(problem: LiquidProblem, doc: ParsedDocument, source: ParsedDocument): Fix | undefined {
  const text = doc.text;
  if (problem.kind === 'unknown-tag') {
    if (!problem.args) return undefined;
    const names = new Set(sourceTags(source).filter((tag) => tag.args === normalizeArgs(problem.args)).map((tag) => tag.name));
    if (names.size !== 1) return undefined;
    const opening = /^\{%-?\s*/.exec(text.slice(problem.start, problem.end))?.[0] ?? '';
    const nameStart = problem.start + opening.length;
    if (!text.startsWith(problem.name, nameStart)) return undefined;
    return { range: [nameStart, nameStart + problem.name.length], text: [...names][0] };
  }
  if (problem.kind === 'fullwidth-delimiter') {
    const written = lookAlikeTag(doc, problem);
    if (!written) return undefined;
    const known = written.kind === 'output'
      ? [...walkLiquid(source.liquid)].some((node) => node.type === 'output' && normalizeArgs(node.expression) === written.inner)
      : sourceTags(source).some((tag) => `${tag.name} ${tag.args}`.trim() === written.inner);
    return known ? { range: [problem.start, problem.end], text: problem.name.replace(/｛/g, '{').replace(/％/g, '%').replace(/｝/g, '}') } : undefined;
  }
  return undefined;
}

const sourceTagsOf = new WeakMap<ParsedDocument, { name: string; args: string }[]>();

/** The name and (normalized) arguments of every tag of a document (plain tags, block openings, branches and end tags), once per document: each problem asks. */
function sourceTags(doc: ParsedDocument): { name: string; args: string }[] {
  const known = sourceTagsOf.get(doc);
  if (known) return known;
  const tags: { name: string; args: string }[] = [];
  sourceTagsOf.set(doc, tags);
  for (const node of walkLiquid(doc.liquid)) {
    if (node.type === 'output') continue;
    tags.push({ name: node.name, args: normalizeArgs(node.args) });
    if (node.type !== 'block') continue;
    for (const branch of node.branches.slice(1)) tags.push({ name: branch.name, args: normalizeArgs(branch.args) });
    const end = node.close && /^\{%-?\s*(\w+)/.exec(doc.text.slice(node.close.start, node.close.end));
    if (end) tags.push({ name: end[1], args: '' });
  }
  return tags;
}

const LOOK_ALIKE_TAG: Delimiter[] = [
  { open: /[{｛][%％]/g, close: /[%％][}｝]/g, multiline: false },
  { open: /[{｛][{｛]/g, close: /[}｝][}｝]/g, multiline: false },
];
/** The look-alike tags of a document's lines, found once per line: a line with n of them is scanned once, not n times. */
type LineLookAlikes = Map<number, { matches: DelimitedMatch[]; starts: number[] }>;
const lookAlikesByLine = new WeakMap<ParsedDocument, LineLookAlikes>();

/** The tag or output, on the problem's line, whose delimiter is the full-width one, with what it holds (normalized). */
function lookAlikeTag(doc: ParsedDocument, problem: LiquidProblem): { kind: 'tag' | 'output'; inner: string } | null {
  let byLine = lookAlikesByLine.get(doc);
  if (!byLine) lookAlikesByLine.set(doc, (byLine = new Map() as LineLookAlikes));
  const line = locate(doc, problem.start).line - 1;
  const lineStart = doc.lineStarts[line];
  let found = byLine.get(line);
  if (!found) {
    const lineEnd = doc.lineStarts[line + 1] ?? doc.text.length;
    const matches = findDelimited(doc.text.slice(lineStart, lineEnd), LOOK_ALIKE_TAG);
    found = { matches, starts: matches.map((m) => m.start) };
    byLine.set(line, found);
  }
  // The matches do not overlap: only the last one starting at or before the problem can hold it.
  const match = found.matches[countBelow(found.starts, problem.start - lineStart + 1) - 1];
  if (!match || problem.start < lineStart + match.start || problem.end > lineStart + match.end) return null;
  const inner = match.inner.replace(/^-|-$/g, '');
  return { kind: match.kind === 1 ? 'output' : 'tag', inner: normalizeArgs(inner) };
}
