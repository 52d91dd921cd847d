import { isDeepStrictEqual } from 'node:util';
import { type Difference, type Fix, insertEntry, type ParsedDocument, quote, removeEntry, replaceEntry, replaceValue, reportDifferences, type Rule } from '../src/rule-kit/index.js';

/**
 * Front matter that is not text (`redirect_from`, `children`, `topics`, `type`, ...) is the same in
 * every language: a translation's value that differs from the source's breaks redirects, navigation
 * or search for that language only.
 */
const rule: Rule = {
  meta: {
    id: 'frontmatter-parity',
    description: "A translation's untranslatable front matter keys equal the source's",
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'translation',
    kinds: ['page'],
  },
  check(context) {
    reportDifferences(context, (translation, reference) => compareKeys(translation, reference, context.settings.translatableKeys));
  },
};
export default rule;

/**
 * Keys that are not compared besides the translatable ones (settings): `versions` (frontmatter-versions), values that hold
 * text to translate among their paths (titles of featured links, journey tracks, callouts), and the
 * translation pipeline's own metadata (`ms.*`), which differs by language.
 */
const SKIPPED = new Set<string>([
  'versions',
  // The source commit a translation was made from (translation-outdated's), different by design.
  'sourceCommit',
  'featuredLinks',
  'changelog',
  'childGroups',
  'contributor',
  'communityRedirect',
  'externalProducts',
  'sidebarLink',
  'journeyTracks',
  'journeyArticlesHeading',
]);

function compared(key: string, translatable: readonly string[]): boolean {
  return !SKIPPED.has(key) && !translatable.includes(key) && !key.startsWith('ms.');
}

function frontMatter(doc: ParsedDocument): Record<string, unknown> | null {
  const data = doc.yaml?.data;
  return data && typeof data === 'object' && !Array.isArray(data) && doc.yaml?.errors.length === 0 ? (data as Record<string, unknown>) : null;
}

function compareKeys(translation: ParsedDocument, reference: ParsedDocument, translatable: readonly string[]): Difference[] {
  const mine = frontMatter(translation);
  const theirs = frontMatter(reference);
  // Front matter that does not parse is frontmatter-schema's finding.
  if (!mine || !theirs || !translation.yaml || !reference.yaml) return [];
  const positions = translation.yaml.positions;
  const referencePositions = reference.yaml.positions;
  const sourceKeys = Object.keys(theirs);
  const differences: Difference[] = [];
  sourceKeys.forEach((key, index) => {
    if (!compared(key, translatable)) return;
    const referencePosition = referencePositions[key];
    const referenceStart = referencePosition?.keyStart ?? reference.yaml?.start ?? 0;
    if (!(key in mine)) {
      const previous = sourceKeys.slice(0, index).reverse().find((k) => k in mine && positions[k]);
      const first = Object.keys(mine).map((k) => positions[k]).filter(Boolean).sort((a, b) => a.keyStart - b.keyStart)[0];
      let fix: Fix | undefined;
      if (referencePosition && previous) fix = insertEntry(translation.text, positions[previous], 'after', reference.text, referencePosition);
      else if (referencePosition && first) fix = insertEntry(translation.text, first, 'before', reference.text, referencePosition);
      differences.push({
        kind: 'missing',
        start: translation.yaml?.start ?? 0,
        key: `missing ${key}`,
        referenceStart,
        fix,
        message: (where) => `Front matter lacks \`${key}\` (${show(theirs[key])} in ${where}); it is not translated: copy it from the source.`,
      });
    } else if (!isDeepStrictEqual(mine[key], theirs[key])) {
      const position = positions[key];
      const scalar = (value: unknown): boolean => value === null || typeof value !== 'object';
      differences.push({
        kind: 'changed',
        start: position?.valueStart ?? translation.yaml?.start ?? 0,
        end: position?.valueEnd,
        key: `changed ${key}`,
        referenceStart,
        fix: position && referencePosition
          ? (scalar(mine[key]) && scalar(theirs[key]) && replaceValue(translation.text, position, reference.text, referencePosition)) || replaceEntry(translation.text, position, reference.text, referencePosition)
          : undefined,
        message: (where) => `\`${key}\` is ${show(mine[key])} here but ${show(theirs[key])} in ${where}; it is not translated: copy the source's value.`,
      });
    }
  });
  for (const key of Object.keys(mine)) {
    if (!compared(key, translatable) || key in theirs) continue;
    const position = positions[key];
    differences.push({
      kind: 'extra',
      start: position?.keyStart ?? translation.yaml.start,
      end: position?.valueEnd,
      key: `extra ${key}`,
      referenceStart: reference.yaml.start,
      fix: position ? removeEntry(translation.text, position) : undefined,
      message: (_where, name) => `Front matter has \`${key}\`, which ${name} does not.`,
    });
  }
  return differences;
}

function show(value: unknown): string {
  return quote(typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value), 60);
}
