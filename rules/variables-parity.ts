import { type Difference, joinAnd, parentPath, type ParsedDocument, reportDifferences, type Rule, type RuleContext, Site, type ValueTag, variableEntries, type VariableEntry } from '../src/rule-kit/index.js';

/**
 * A translated variables file has the English file's keys, and each value keeps the English value's
 * Liquid and code spans (the words around them are translated).
 */
const rule: Rule = {
  meta: {
    id: 'variables-parity',
    description: "A translated variables file has the source's keys, and each value keeps its Liquid and code spans",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['variables'],
  },
  check(context) {
    // A variables file is compared key by key, however few Liquid tags the two files share.
    const source = context.source ?? context.rewrittenSource;
    const sourcePath = source?.file.path ?? null;
    reportDifferences({ ...context, source }, (translation, reference) => compareVariables(context, translation, reference, sourcePath));
  },
};
export default rule;

function compareVariables(context: RuleContext, translation: ParsedDocument, reference: ParsedDocument, sourcePath: string | null): Difference[] {
  const mine = variableEntries(translation);
  const theirs = variableEntries(reference);
  // YAML that does not parse is parse-error's finding, and leaves nothing to compare.
  if (!parses(translation) || !parses(reference)) return [];
  const ofSource = sourcePath ? ` of ${sourcePath}` : '';
  const named = (name: string): string => (sourcePath ? `${name} (${sourcePath})` : name);
  const differences: Difference[] = [];
  for (const [path, entry] of theirs) {
    if (mine.has(path)) continue;
    const parent = parentPath(path);
    // Only the outermost missing key: its children are missing with it.
    if (parent !== '' && !mine.has(parent)) continue;
    differences.push({
      kind: 'missing',
      start: parent === '' ? 0 : (mine.get(parent) as VariableEntry).keyStart,
      key: `missing ${path}`,
      referenceStart: entry.keyStart,
      message: (where) => `Key \`${path}\` is missing (present in ${where}${ofSource}); add it with a translated value.`,
    });
  }
  for (const [path, entry] of mine) {
    if (theirs.has(path)) continue;
    const parent = parentPath(path);
    if (parent !== '' && !theirs.has(parent)) continue;
    differences.push({
      kind: 'extra',
      start: entry.keyStart,
      end: keyEnd(translation, entry),
      key: `extra ${path}`,
      referenceStart: 0,
      message: (_where, name) => `Key \`${path}\` is not in ${named(name)}, so no page uses it; it may be left over from an older version, or its name was changed.`,
    });
  }
  for (const [path, entry] of mine) {
    const english = theirs.get(path);
    if (!english || english.text === null || entry.text === null) continue;
    const at = { start: entry.keyStart, end: keyEnd(translation, entry), referenceStart: english.keyStart };
    const liquid = liquidDifference(english.tags, entry.tags);
    if (liquid && !hasOwnLiquidFinding(context, translation, entry)) {
      differences.push({ kind: 'changed', ...at, key: `liquid ${path}`, message: (where) => `The Liquid in the value of \`${path}\` differs from ${where}${ofSource}: ${liquid}.` });
    }
    const code = multisetDifference(english.code, entry.code);
    if (code) {
      differences.push({ kind: 'changed', ...at, key: `code ${path}`, message: (where) => `The code spans in the value of \`${path}\` differ from ${where}${ofSource}: ${code}; code is not translated.` });
    }
    const links = multisetDifference(linkTargets(english.text), linkTargets(entry.text));
    if (links) {
      differences.push({ kind: 'changed', ...at, key: `links ${path}`, message: (where) => `The link targets in the value of \`${path}\` differ from ${where}${ofSource}: ${links}; URLs are not translated.` });
    }
  }
  return differences;
}

/** Markdown link destinations (`[text](url)`) and bare `http(s)://host/path` URLs in a value. */
const LINK_TARGET = /\]\(([^()\s]+)\)|https?:\/\/[\w.-]+(?:\/[^\s()"'<>[\]{}]*)?/g;
const CODE_SPAN = /`[^`]*`/g;

/**
 * The link targets of a value outside code spans (the code check compares those). A URL written as a
 * template (`https://<em>[hostname]</em>/api`, `https://x{% if %}…`) is left out: its parts are Liquid
 * or placeholders, not a URL to compare.
 */
function linkTargets(text: string): string[] {
  const prose = text.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
  const targets: string[] = [];
  for (const match of prose.matchAll(LINK_TARGET)) {
    if (match[1] !== undefined) targets.push(match[1]);
    else if (!'<[{'.includes(prose[match.index + match[0].length] ?? ' ')) targets.push(withoutTrailingPunctuation(match[0]));
  }
  return targets;
}

/** A bare URL without the sentence's punctuation after it (`https://x.com/a.` ends with `a`). */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?'.includes(url[end - 1])) end--;
  return url.slice(0, end);
}

function parses(doc: ParsedDocument): boolean {
  return doc.yaml !== null && doc.yaml.data !== undefined && doc.yaml.errors.length === 0;
}

/** The end of a key as written (for the finding's span). */
function keyEnd(doc: ParsedDocument, entry: VariableEntry): number {
  const name = entry.path.slice(entry.path.lastIndexOf('.') + 1);
  return doc.text.startsWith(name, entry.keyStart) ? entry.keyStart + name.length : entry.keyStart;
}

/**
 * How two values' Liquid differs, or null: plain tags are compared as a multiset (they move with
 * the sentence), block tags (`if`, `else`, `endif`) in order.
 */
function liquidDifference(english: readonly ValueTag[], translated: readonly ValueTag[]): string | null {
  const tags = multisetDifference(
    english.map((tag) => tag.key),
    translated.map((tag) => tag.key),
  );
  if (tags) return tags;
  const order = (list: readonly ValueTag[]): string => list.filter((tag) => tag.structural).map((tag) => tag.key).join(' ');
  if (order(english) !== order(translated)) return `its blocks are in a different order (\`${order(english)}\` in the source)`;
  return null;
}

/** What one list has that the other lacks, counting repeats, in words; null when they are equal. */
function multisetDifference(english: readonly string[], translated: readonly string[]): string | null {
  const left = new Map<string, number>();
  for (const item of english) left.set(item, (left.get(item) ?? 0) + 1);
  const extra: string[] = [];
  for (const item of translated) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else extra.push(item);
  }
  const missing = [...left].flatMap(([item, count]) => Array<string>(count).fill(item));
  if (missing.length === 0 && extra.length === 0) return null;
  const list = (items: string[]): string => joinAnd(items.map((item) => `\`${item}\``));
  if (missing.length && extra.length) return `it has ${list(extra)} where the source has ${list(missing)}`;
  return missing.length ? `it lacks ${list(missing)}` : `it has ${list(extra)}, which the source does not`;
}

/**
 * Whether the value's Liquid already has a finding of a rule that checks each file: a Liquid
 * problem (liquid-syntax) or a `{% data %}` reference that does not resolve (data-reference).
 */
function hasOwnLiquidFinding({ site }: RuleContext, doc: ParsedDocument, entry: VariableEntry): boolean {
  if (doc.liquidProblems.some((problem) => problem.start >= entry.valueStart && problem.start < entry.valueEnd)) return true;
  return entry.tags.some(({ node }) => {
    if (node?.type !== 'tag' || node.name !== 'data') return false;
    const reference = Site.parseDataReference(node.args.split(/\s+/)[0] ?? '');
    if (!reference || !site.hasData(reference.kind)) return false;
    if (reference.kind === 'reusables') return !site.reusable(reference.name);
    const value = site.variable(reference.name);
    return value === null || value === undefined || typeof value === 'object';
  });
}
