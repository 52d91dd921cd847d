import type { Difference } from '../src/compare.js';
import { reportDifferences } from '../src/compare.js';
import type { ParsedDocument } from '../src/model.js';
import type { Rule } from '../src/rule.js';

/** A translation's `versions` that lost, gained or changed a key: the page shows for the wrong products. */
const rule: Rule = {
  meta: {
    id: 'frontmatter-versions',
    description: "A translation's front matter `versions` equal the source's",
    defaultSeverity: 'error',
    fixable: false,
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
  for (const [name, { key, value }] of theirs) {
    const referenceStart = referencePositions[`versions.${key}`]?.keyStart ?? reference.yaml.start;
    const own = mine.get(name);
    if (!own) {
      differences.push({
        kind: 'missing',
        start: anchor,
        end: positions.versions?.valueStart,
        key: `missing ${name}`,
        referenceStart,
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
        message: (where) => `\`versions.${own.key}\` is ${show(own.value)} here but ${show(value)} in ${where}.`,
      });
    }
  }
  for (const [name, own] of mine) {
    if (theirs.has(name)) continue;
    const position = positions[`versions.${own.key}`];
    differences.push({
      kind: 'extra',
      start: position?.keyStart ?? anchor,
      end: position?.valueEnd,
      key: `extra ${name}`,
      referenceStart: referencePositions.versions?.keyStart ?? reference.yaml.start,
      message: (_where, name) => `\`versions\` has \`${own.key}: ${show(own.value)}\`, which ${name} does not.`,
    });
  }
  return differences;
}

/** A range written the canonical way: `>= 3.9` and `>=3.9` are one range. */
function sameRange(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): string => (typeof value === 'string' ? value.replace(/(<=|>=|<|>|=|~|\^)\s+/g, '$1').replace(/\s+/g, ' ').trim() : JSON.stringify(value));
  return canonical(a) === canonical(b);
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}
