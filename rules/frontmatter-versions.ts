import { type Difference, type Fix, insertEntry, type ParsedDocument, removeEntry, replaceEntry, replaceValue, reportDifferences, type Rule, type YamlPosition } from '../src/rule-kit/index.js';

/** A translation's `versions` that lost, gained or changed a key: the page shows for the wrong products. */
const rule: Rule = {
  meta: {
    id: 'frontmatter-versions',
    description: "A translation's front matter `versions` equal the source's",
    defaultSeverity: 'error',
    fixable: true,
    scope: 'translation',
    kinds: ['page'],
  },
  check(context) {
    reportDifferences(context, compareVersions);
  },
};
export default rule;

/** The docs renamed their versions (`free-pro-team` became `fpt`); either name means the same version. */
const SHORT_NAMES: Record<string, string> = { 'free-pro-team': 'fpt', 'enterprise-server': 'ghes', 'github-ae': 'ghae', 'enterprise-cloud': 'ghec' };

interface VersionEntry {
  /** The key as written. */
  key: string;
  value: unknown;
}

/** `versions` by canonical (short) version name. */
function versionsOf(doc: ParsedDocument): Map<string, VersionEntry> | null {
  const versions = (doc.yaml?.data as Record<string, unknown> | undefined)?.versions;
  if (!versions || typeof versions !== 'object' || Array.isArray(versions)) return null;
  return new Map(Object.entries(versions as Record<string, unknown>).map(([key, value]) => [SHORT_NAMES[key] ?? key, { key, value }]));
}

function compareVersions(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const everywhere = (doc: ParsedDocument): boolean => (doc.yaml?.data as Record<string, unknown> | undefined)?.versions === '*';
  if (everywhere(translation) !== everywhere(reference) && translation.yaml && reference.yaml) {
    // `versions: '*'` (every version) on one side only.
    const position = translation.yaml.positions.versions;
    return [{
      kind: 'changed',
      start: position?.keyStart ?? translation.yaml.start,
      end: position?.valueEnd,
      key: 'changed *',
      referenceStart: reference.yaml.positions.versions?.keyStart ?? reference.yaml.start,
      fix: position && reference.yaml.positions.versions ? replaceEntry(translation.text, position, reference.text, reference.yaml.positions.versions) : undefined,
      message: (where) => everywhere(reference) ? `\`versions\` lists some versions here but is '*' (every version) in ${where}.` : `\`versions\` is '*' (every version) here but lists some versions in ${where}.`,
    }];
  }
  const mine = versionsOf(translation);
  const theirs = versionsOf(reference);
  // A missing or malformed `versions` is frontmatter-schema's finding.
  if (!mine || !theirs || !translation.yaml || !reference.yaml) return [];
  const positions = translation.yaml.positions;
  const referencePositions = reference.yaml.positions;
  const anchor = positions.versions?.keyStart ?? translation.yaml.start;
  const differences: Difference[] = [];
  const theirNames = [...theirs.keys()];
  // Before `ghec` was split off, `free-pro-team` also covered Enterprise Cloud: a side still in the old
  // names says nothing about `ghec`, so `ghec` on the other side only is not a difference.
  const ghecUnknown = [mine, theirs].some((versions) => versions.get('fpt')?.key === 'free-pro-team' && !versions.has('ghec'));
  for (const [name, { key, value }] of theirs) {
    const referenceStart = referencePositions[`versions.${key}`]?.keyStart ?? reference.yaml.start;
    const own = mine.get(name);
    if (!own) {
      if (name === 'ghec' && ghecUnknown) continue;
      differences.push({
        kind: 'missing',
        start: anchor,
        end: positions.versions?.valueStart,
        key: `missing ${name}`,
        referenceStart,
        fix: referencePositions[`versions.${key}`] && insertMissing(translation, mine, theirNames.slice(0, theirNames.indexOf(name)), reference.text, referencePositions[`versions.${key}`]),
        message: (where) => `\`versions\` lacks \`${key}: ${show(value)}\` (present in ${where}).`,
      });
    } else if (!sameRange(own.value, value)) {
      const position = positions[`versions.${own.key}`];
      differences.push({
        kind: 'changed',
        start: position?.valueStart ?? anchor,
        end: position?.valueEnd,
        key: `changed ${name}`,
        referenceStart,
        fix: position && referencePositions[`versions.${key}`] ? replaceValue(translation.text, position, reference.text, referencePositions[`versions.${key}`]) : undefined,
        message: (where) => `\`versions.${own.key}\` is ${show(own.value)} here but ${show(value)} in ${where}.`,
      });
    }
  }
  for (const [name, own] of mine) {
    if (theirs.has(name) || (name === 'ghec' && ghecUnknown)) continue;
    const position = positions[`versions.${own.key}`];
    differences.push({
      kind: 'extra',
      start: position?.keyStart ?? anchor,
      end: position?.valueEnd,
      key: `extra ${name}`,
      referenceStart: referencePositions.versions?.keyStart ?? reference.yaml.start,
      fix: position ? removeEntry(translation.text, position) : undefined,
      message: (_where, name) => `\`versions\` has \`${own.key}: ${show(own.value)}\`, which ${name} does not.`,
    });
  }
  return differences;
}

/**
 * The source's `key: value` line put into the translation's `versions`: after the entry the source has
 * just before it, or before the translation's first entry.
 */
function insertMissing(translation: ParsedDocument, mine: Map<string, VersionEntry>, earlier: readonly string[], sourceText: string, theirs: YamlPosition): Fix | undefined {
  const positions = translation.yaml?.positions ?? {};
  const previous = [...earlier].reverse().find((name) => mine.has(name));
  if (previous) {
    const sibling = positions[`versions.${mine.get(previous)?.key ?? ''}`];
    return sibling && insertEntry(translation.text, sibling, 'after', sourceText, theirs);
  }
  const first = [...mine.values()].map((entry) => positions[`versions.${entry.key}`]).filter(Boolean).sort((a, b) => a.keyStart - b.keyStart)[0];
  return first && insertEntry(translation.text, first, 'before', sourceText, theirs);
}

/** A range written the canonical way: `>= 3.9` and `>=3.9` are one range. */
function sameRange(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): string => (typeof value === 'string' ? value.replace(/(<=|>=|[<>=~^])\s+/g, '$1').replace(/\s+/g, ' ').trim() : JSON.stringify(value));
  return canonical(a) === canonical(b);
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}
