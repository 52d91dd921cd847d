import { alignDocuments, alignOutlines, blockFinder, blockKey, bodyStart, type Difference, diffSequences, type DocumentAlignment, type LiquidNode, neighbours, type ParsedDocument, placeByBlock, type Placement, placeMissing, placeWords, quote, quotePair, reportDifferences, type Rule, Site, type Span, tagKey, unmatchedBlockSpans, walkLiquid, within } from '../src/rule-kit/index.js';

/**
 * Inside each block, a translation has the source's plain tags and outputs (`{% data %}`,
 * `{% include %}`, `{{ }}`), as a multiset: order may change with the sentence, count may not.
 */
const rule: Rule = {
  meta: {
    id: 'liquid-tag-parity',
    description: "A translation's Liquid tags and outputs in each block match the source's",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    const keyOf = matchKey(context.site);
    reportDifferences(context, (translation, reference) => compareTags(translation, reference, keyOf));
  },
};
export default rule;

type KeyOf = (node: LiquidNode) => string;

/**
 * The key under which two tags are the same tag: `tagKey`, except that `{% data variables %}` tags
 * whose English values are equal but for case are one tag. A language writes `secret scanning` for the
 * source's `Secret scanning` (`prodname_secret_scanning` for `prodname_secret_scanning_caps`) where its
 * grammar wants lower case; that is correct, not a changed tag.
 */
function matchKey(site: Site): KeyOf {
  return (node) => {
    const key = tagKey(node);
    // The legacy `{{ site.data.variables.x }}` is the same tag too.
    const reference = node.type === 'tag' && node.name === 'data' ? node.args.trim() : node.type === 'output' ? node.expression.trim() : null;
    const parsed = reference === null ? null : Site.parseDataReference(reference);
    const value = parsed?.kind === 'variables' ? site.variable(parsed.name) : undefined;
    return typeof value === 'string' ? `{% data variables with the value "${value.toLowerCase()}" %}` : key;
  };
}

function compareTags(translation: ParsedDocument, reference: ParsedDocument, keyOf: KeyOf): Difference[] {
  const itemKey = (node: LiquidNode): string => (node.type === 'block' ? `block ${blockKey(node)}` : keyOf(node));
  const differences: Difference[] = [];
  const outlines = alignOutlines(reference, translation);
  const unknown = new Set(translation.liquidProblems.filter((p) => p.kind === 'unknown-tag').map((p) => p.start));
  const liquid = alignDocuments(reference, translation);
  const missing: Missing[] = [];
  const extra: LiquidNode[] = [];
  for (const container of liquid.containers) {
    const { reference: theirs, variant: mine } = container;
    // A tag whose keyword was translated (`{% 数据 x %}` for `{% data x %}`) is liquid-syntax's finding.
    const translatedKeyword = (r: number, v: number): boolean => {
      const [a, b] = [theirs[r], mine[v]];
      return a.type === 'tag' && b.type === 'tag' && a.args === b.args && unknown.has(b.start);
    };
    const diff = diffSequences(
      theirs.map(itemKey),
      mine.map(itemKey),
      (r, v) => translatedKeyword(r, v) || (theirs[r].type !== 'block' && theirs[r].type === mine[v].type && nameOf(theirs[r]) === nameOf(mine[v])),
    );
    for (const r of diff.missing) {
      const node = theirs[r];
      if (node.type === 'block') continue; // liquid-block-parity's finding
      if (within(outlines.missingSections, node.start)) continue; // heading-parity's (the whole section)
      const { previous, next } = neighbours(diff.pairs, r);
      const place = placeMissing(
        node,
        previous && { reference: theirs[previous[0]], variant: mine[previous[1]] },
        next && { reference: theirs[next[0]], variant: mine[next[1]] },
        container.variantStart,
      );
      missing.push({ node, place: () => inFrontMatter(node.start, placeByBlock(outlines, node.start, place, translation), reference, translation) });
    }
    const extraHere = diff.extra.filter((v) => mine[v].type !== 'block');
    extra.push(...blameByBlock(extraHere, mine, theirs, outlines, keyOf).map((v) => mine[v]));
    for (const [r, v] of diff.changed) {
      if (translatedKeyword(r, v)) continue;
      differences.push({
        kind: 'changed',
        start: mine[v].start,
        end: mine[v].end,
        key: `changed ${tagKey(theirs[r])} ${tagKey(mine[v])}`,
        referenceStart: theirs[r].start,
        message: (where) => {
          const [shown, source] = quotePair(tagKey(mine[v]), tagKey(theirs[r]));
          return `${shown} differs from ${source} in ${where}.`;
        },
      });
    }
  }
  // One tag is one finding: a tag missing in one container and extra in another only changed Liquid
  // block; one inside a Liquid block the other side lacks is that block's finding.
  const spans = unmatchedBlockSpans(liquid);
  const hidden = { reference: tagsWithin(reference, spans.reference, keyOf), translation: tagsWithin(translation, spans.variant, keyOf) };
  const extraByKey = queues(extra, keyOf);
  for (const { node, place } of missing) {
    const key = tagKey(node);
    const twin = extraByKey.get(keyOf(node))?.shift();
    if (twin) {
      differences.push({
        kind: 'changed',
        start: twin.start,
        end: twin.end,
        key: `moved ${key}`,
        referenceStart: node.start,
        // The translation's own spelling, which may be a variable of the same value.
        message: (where) => `${quote(tagKey(twin))} is in another Liquid block than in ${where}: move it where the source has it.`,
      });
      continue;
    }
    if (take(hidden.translation, keyOf(node))) continue;
    const at = place();
    differences.push({
      kind: 'missing',
      start: at.at,
      key: `missing ${key}`,
      referenceStart: node.start,
      message: (where) => `${quote(key)} is missing ${placeWords(at)} (present in ${where}).`,
    });
  }
  for (const node of [...extraByKey.values()].flat().sort((a, b) => a.start - b.start)) {
    if (take(hidden.reference, keyOf(node))) continue;
    differences.push({
      kind: 'extra',
      start: node.start,
      end: node.end,
      key: `extra ${tagKey(node)}`,
      referenceStart: 0,
      message: (_where, name) => `${quote(tagKey(node))} is not in ${name} at this place.`,
    });
  }
  return differences.sort((a, b) => a.start - b.start);
}

interface Missing {
  node: LiquidNode;
  place: () => Placement;
}

/** Nodes by tag key, each list in document order. */
function queues(nodes: readonly LiquidNode[], keyOf: KeyOf): Map<string, LiquidNode[]> {
  const byKey = new Map<string, LiquidNode[]>();
  for (const node of nodes) {
    const key = keyOf(node);
    const list = byKey.get(key);
    if (list) list.push(node);
    else byKey.set(key, [node]);
  }
  return byKey;
}

/** Counts of the plain tags inside the spans (blocks one side lacks), by key. */
function tagsWithin(doc: ParsedDocument, spans: readonly Span[], keyOf: KeyOf): Map<string, number> {
  const counts = new Map<string, number>();
  if (spans.length === 0) return counts;
  for (const node of walkLiquid(doc.liquid)) {
    if (node.type !== 'block' && within(spans, node.start)) counts.set(keyOf(node), (counts.get(keyOf(node)) ?? 0) + 1);
  }
  return counts;
}

function take(counts: Map<string, number>, key: string): boolean {
  const left = counts.get(key) ?? 0;
  if (left > 0) counts.set(key, left - 1);
  return left > 0;
}

/**
 * Of the copies of a tag the translation has too many of, the ones to blame: those in a paragraph
 * (or cell, heading) that has more copies than its source counterpart, not the first or last copy
 * the sequence diff happened to leave over in a line whose tags equal the source's.
 */
function blameByBlock(extra: readonly number[], mine: readonly LiquidNode[], theirs: readonly LiquidNode[], outlines: DocumentAlignment, keyOf: KeyOf): number[] {
  if (extra.length === 0) return [];
  const ownBlock = blockFinder(outlines.translation.blocks);
  const sourceBlock = blockFinder(outlines.reference.blocks);
  const keys = new Set(extra.map((v) => keyOf(mine[v])));
  // Copies per key and block, on each side.
  const count = (nodes: readonly LiquidNode[], blockOf: (offset: number) => number): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const node of nodes) {
      if (node.type === 'block' || !keys.has(keyOf(node))) continue;
      const id = `${blockOf(node.start)} ${keyOf(node)}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  const own = count(mine, ownBlock);
  const source = count(theirs, sourceBlock);
  const partnerOf = new Map<number, number>();
  for (const [r, v] of outlines.partners) partnerOf.set(v, r);
  const surplus = (v: number): number => {
    const block = ownBlock(mine[v].start);
    const partner = partnerOf.get(block);
    const key = keyOf(mine[v]);
    return (own.get(`${block} ${key}`) ?? 0) - (partner === undefined ? 0 : (source.get(`${partner} ${key}`) ?? 0));
  };
  const wanted = new Map<string, number>();
  for (const v of extra) wanted.set(keyOf(mine[v]), (wanted.get(keyOf(mine[v])) ?? 0) + 1);
  // Copies in blocks with a surplus, last copies of each block first; then what the diff chose.
  const blamed: number[] = [];
  const chosen = new Set<number>();
  const usedInBlock = new Map<string, number>();
  for (let v = mine.length - 1; v >= 0; v--) {
    const node = mine[v];
    if (node.type === 'block') continue;
    const key = keyOf(node);
    if ((wanted.get(key) ?? 0) === 0) continue;
    const id = `${ownBlock(node.start)} ${key}`;
    const used = usedInBlock.get(id) ?? 0;
    if (used >= surplus(v)) continue;
    usedInBlock.set(id, used + 1);
    wanted.set(key, (wanted.get(key) as number) - 1);
    chosen.add(v);
    blamed.push(v);
  }
  for (const v of extra) {
    const key = keyOf(mine[v]);
    if (chosen.has(v) || (wanted.get(key) ?? 0) === 0) continue;
    wanted.set(key, (wanted.get(key) as number) - 1);
    blamed.push(v);
  }
  return blamed.sort((a, b) => a - b);
}

/** Tags that can be one tag changed: same name, and for `data` the same kind of data. */
function nameOf(node: LiquidNode): string {
  if (node.type !== 'tag') return node.type;
  return node.name === 'data' ? `data ${node.args.split('.')[0]}` : node.name;
}

/**
 * A tag of the source's front matter (an `intro` with `{% data %}`) that the translation lacks belongs
 * in the translation's front matter, not next to the body tag its neighbours pair with: in the value
 * of the same key, or at the start of the front matter when the translation lacks that key.
 */
function inFrontMatter(offset: number, place: Placement, reference: ParsedDocument, translation: ParsedDocument): Placement {
  if (!reference.yaml || offset < reference.yaml.start || offset >= bodyStart(reference)) return place;
  const own = translation.yaml;
  if (own && place.at >= own.start && place.at < bodyStart(translation)) return place;
  const key = Object.entries(reference.yaml.positions).find(([name, at]) => !name.includes('.') && at.keyStart <= offset && offset < at.valueEnd)?.[0];
  const counterpart = key === undefined ? undefined : own?.positions[key];
  if (counterpart) return { at: counterpart.valueStart, relation: 'in' };
  return { at: own?.start ?? 0, relation: 'after' };
}
