import { alignByKey, diffSequences, neighbours, placeMissing, type Alignment, type Placement } from './align.js';
import { alignDocuments, unmatchedBlockSpans, within } from './liquid-compare.js';
import { bodyStart, type ParsedDocument, type Span } from './model.js';
import { blockFinder, outlineOf, type Outline, type Section } from './outline.js';

/**
 * The one alignment of a translation with its reference that every block-level parity rule shares.
 * Sections (split at h2–h4 headings) are paired first, then the blocks inside each pair of sections.
 * Both steps pair by what translation does not change (code, link targets, Liquid, numbers) and then,
 * between those anchors, by order: a missing paragraph leaves its neighbours paired with theirs.
 * Blocks inside a Liquid block that one side lacks are left out: they are that block's finding.
 */
export interface DocumentAlignment {
  reference: Outline;
  translation: Outline;
  /**
   * Each side's sections for this comparison: the outline's, less those whose heading is inside a
   * Liquid block the other side lacks (their text joins the section before).
   */
  referenceSections: Section[];
  translationSections: Section[];
  /** Section indices (into `referenceSections` and `translationSections`). */
  sections: Alignment;
  /** Block indices (into each outline's `blocks`), pairs in document order. */
  blocks: Alignment;
  /** The translation block paired with each paired reference block. */
  partners: Map<number, number>;
  /** Spans of Liquid blocks (or branches) one side lacks: what is inside them is that block's finding. */
  unmatched: { reference: Span[]; translation: Span[] };
  /** Blocks neither side compares (inside a Liquid block the other side lacks). */
  skipped: { reference: Set<number>; translation: Set<number> };
}

const alignments = new WeakMap<ParsedDocument, WeakMap<ParsedDocument, DocumentAlignment>>();

/** The outline alignment of a translation with a reference, computed once per pair. */
export function alignOutlines(reference: ParsedDocument, translation: ParsedDocument): DocumentAlignment {
  let byTranslation = alignments.get(reference);
  if (!byTranslation) {
    byTranslation = new WeakMap();
    alignments.set(reference, byTranslation);
  }
  let alignment = byTranslation.get(translation);
  if (!alignment) {
    alignment = buildAlignment(reference, translation);
    byTranslation.set(translation, alignment);
  }
  return alignment;
}

function buildAlignment(referenceDoc: ParsedDocument, translationDoc: ParsedDocument): DocumentAlignment {
  const reference = outlineOf(referenceDoc);
  const translation = outlineOf(translationDoc);
  const unmatched = unmatchedBlockSpans(alignDocuments(referenceDoc, translationDoc));
  const skipped = {
    reference: indicesWithin(reference, unmatched.reference),
    translation: indicesWithin(translation, unmatched.variant),
  };
  const referenceSections = effectiveSections(reference, skipped.reference);
  const translationSections = effectiveSections(translation, skipped.translation);
  const sectionKeys = (outline: Outline, list: readonly Section[], skip: Set<number>): { strict: string[]; loose: string[] } => ({
    strict: list.map((section) => {
      const parts: string[] = [];
      for (let i = section.first; i < section.end; i++) if (!skip.has(i)) parts.push(outline.signatures[i]);
      return `h${section.depth}\u0003${parts.sort().join('\u0003')}`;
    }),
    loose: list.map((section) => `h${section.depth}`),
  });
  const referenceKeys = sectionKeys(reference, referenceSections, skipped.reference);
  const translationKeys = sectionKeys(translation, translationSections, skipped.translation);
  // The text before the first heading always pairs with the text before the first heading.
  const sections = alignInTwoPasses(referenceKeys.strict.slice(1), translationKeys.strict.slice(1), referenceKeys.loose.slice(1), translationKeys.loose.slice(1));
  shift(sections, 1);
  sections.pairs.unshift([0, 0]);

  // Blocks are aligned within each pair of sections together with the unpaired sections that follow
  // it, so the text of a section whose heading was dropped still pairs with its source.
  const blocks: Alignment = { pairs: [], missing: [], extra: [] };
  const kept = (outline: Outline, skip: Set<number>, fromSection: number, toSection: number): number[] => {
    const indices: number[] = [];
    const list = outline === reference ? referenceSections : translationSections;
    const first = list[fromSection].first;
    const end = toSection < list.length ? list[toSection].first : outline.blocks.length;
    for (let i = first; i < end; i++) if (!skip.has(i)) indices.push(i);
    return indices;
  };
  sections.pairs.forEach(([r, v], k) => {
    const [nextR, nextV] = sections.pairs[k + 1] ?? [referenceSections.length, translationSections.length];
    const theirs = kept(reference, skipped.reference, r, nextR);
    const mine = kept(translation, skipped.translation, v, nextV);
    const inner = alignInTwoPasses(
      theirs.map((i) => reference.signatures[i]),
      mine.map((i) => translation.signatures[i]),
      theirs.map((i) => looseKey(reference, i)),
      mine.map((i) => looseKey(translation, i)),
    );
    for (const [a, b] of inner.pairs) blocks.pairs.push([theirs[a], mine[b]]);
    for (const a of inner.missing) blocks.missing.push(theirs[a]);
    for (const b of inner.extra) blocks.extra.push(mine[b]);
  });
  blocks.pairs.sort((a, b) => a[0] - b[0]);
  blocks.missing.sort((a, b) => a - b);
  blocks.extra.sort((a, b) => a - b);
  return {
    reference,
    translation,
    referenceSections,
    translationSections,
    sections,
    blocks,
    unmatched: { reference: unmatched.reference, translation: unmatched.variant },
    skipped,
    partners: new Map(blocks.pairs),
  };
}

/** The outline's sections less those whose heading is skipped (their blocks join the section before). */
function effectiveSections(outline: Outline, skip: Set<number>): Section[] {
  const sections: Section[] = [];
  for (const section of outline.sections) {
    if (section.heading >= 0 && skip.has(section.heading)) sections[sections.length - 1] = { ...sections[sections.length - 1], end: section.end };
    else sections.push(section);
  }
  return sections;
}

function looseKey(outline: Outline, index: number): string {
  const block = outline.blocks[index];
  return `${block.kind}${block.depth || ''}`;
}

function indicesWithin(outline: Outline, spans: readonly Span[]): Set<number> {
  const indices = new Set<number>();
  if (spans.length === 0) return indices;
  outline.blocks.forEach((block, index) => {
    if (within(spans, block.start)) indices.add(index);
  });
  return indices;
}

function shift(alignment: Alignment, by: number): void {
  alignment.pairs = alignment.pairs.map(([r, v]) => [r + by, v + by]);
  alignment.missing = alignment.missing.map((r) => r + by);
  alignment.extra = alignment.extra.map((v) => v + by);
}

/**
 * Pairs items by their strict keys (anchors that survive translation), then, in each gap between
 * those pairs, items of the same loose key (kind) by how many anchors they share, in order.
 */
export function alignInTwoPasses(referenceStrict: readonly string[], variantStrict: readonly string[], referenceLoose: readonly string[], variantLoose: readonly string[]): Alignment {
  const strict = alignByKey(referenceStrict, variantStrict);
  const result: Alignment = { pairs: [], missing: [], extra: [] };
  let r0 = 0;
  let v0 = 0;
  for (const [r, v] of [...strict.pairs, [referenceStrict.length, variantStrict.length] as [number, number]]) {
    if (r > r0 && v > v0) {
      const gap =
        (r - r0) * (v - v0) <= MAX_GAP_CELLS
          ? alignBySimilarity(r - r0, v - v0, (a, b) => similarity(referenceLoose[r0 + a], variantLoose[v0 + b], referenceStrict[r0 + a], variantStrict[v0 + b]))
          : alignByKey(referenceLoose.slice(r0, r), variantLoose.slice(v0, v));
      for (const [a, b] of gap.pairs) result.pairs.push([r0 + a, v0 + b]);
      for (const a of gap.missing) result.missing.push(r0 + a);
      for (const b of gap.extra) result.extra.push(v0 + b);
    } else {
      for (let i = r0; i < r; i++) result.missing.push(i);
      for (let i = v0; i < v; i++) result.extra.push(i);
    }
    if (r < referenceStrict.length) result.pairs.push([r, v]);
    r0 = r + 1;
    v0 = v + 1;
  }
  return result;
}

/** Beyond this many cells a gap is paired by kind in order (Myers), keeping the cost near-linear. */
const MAX_GAP_CELLS = 4096;

/** Items of one kind pair; the more anchors they share, the better. -1: they cannot pair. */
function similarity(looseA: string, looseB: string, strictA: string, strictB: string): number {
  if (looseA !== looseB) return -1;
  const parts = new Map<string, number>();
  for (const part of anchorsOf(strictA)) parts.set(part, (parts.get(part) ?? 0) + 1);
  let shared = 0;
  for (const part of anchorsOf(strictB)) {
    const left = parts.get(part) ?? 0;
    if (left > 0) {
      shared++;
      parts.set(part, left - 1);
    }
  }
  return 1 + shared;
}

function anchorsOf(strictKey: string): string[] {
  const body = strictKey.slice(strictKey.search(/[\u0001\u0003]/) + 1);
  return body ? body.split(/[\u0002\u0003]/).filter(Boolean) : [];
}

/** An order-keeping pairing of two short sequences that maximises the total similarity of the pairs. */
function alignBySimilarity(referenceLength: number, variantLength: number, score: (r: number, v: number) => number): Alignment {
  const width = variantLength + 1;
  const best = new Float64Array((referenceLength + 1) * width);
  for (let r = 1; r <= referenceLength; r++) {
    for (let v = 1; v <= variantLength; v++) {
      const s = score(r - 1, v - 1);
      best[r * width + v] = Math.max(best[(r - 1) * width + v], best[r * width + v - 1], s < 0 ? -Infinity : best[(r - 1) * width + v - 1] + s);
    }
  }
  const result: Alignment = { pairs: [], missing: [], extra: [] };
  let r = referenceLength;
  let v = variantLength;
  while (r > 0 && v > 0) {
    const s = score(r - 1, v - 1);
    if (s >= 0 && best[r * width + v] === best[(r - 1) * width + v - 1] + s) {
      result.pairs.push([--r, --v]);
    } else if (best[r * width + v] === best[(r - 1) * width + v]) result.missing.push(--r);
    else result.extra.push(--v);
  }
  while (r > 0) result.missing.push(--r);
  while (v > 0) result.extra.push(--v);
  result.pairs.reverse();
  result.missing.reverse();
  result.extra.reverse();
  return result;
}

/**
 * Where a reference block the translation lacks belongs: next to the nearer of its paired
 * neighbours, at the end of the one before it or the start of the one after it.
 */
export function placeBlock(alignment: DocumentAlignment, referenceBlock: number, translationDoc: ParsedDocument): Placement {
  const { pairs } = alignment.blocks;
  let low = 0;
  let high = pairs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pairs[mid][0] < referenceBlock) low = mid + 1;
    else high = mid;
  }
  const previous = low > 0 ? pairs[low - 1] : null;
  const next = low < pairs.length ? pairs[low] : null;
  const referenceBlocks = alignment.reference.blocks;
  const translationBlocks = alignment.translation.blocks;
  return placeMissing(
    referenceBlocks[referenceBlock],
    previous && { reference: referenceBlocks[previous[0]], variant: translationBlocks[previous[1]] },
    next && { reference: referenceBlocks[next[0]], variant: translationBlocks[next[1]] },
    bodyStart(translationDoc),
  );
}

/** One item-level difference inside aligned blocks. */
export type ItemDifference<T> =
  | { kind: 'missing'; reference: T; referenceBlock: number; place: Placement }
  | { kind: 'extra'; variant: T; variantBlock: number }
  | { kind: 'changed'; reference: T; variant: T };

/**
 * Compares the items (code spans, links, numbers) of each pair of aligned blocks. A missing block's
 * items are missing where the block belongs; an extra block's items are extra. An item that only
 * moved to another block (the same count of it on both sides) is not a difference.
 */
export function compareBlockItems<T extends Span>(
  alignment: DocumentAlignment,
  translationDoc: ParsedDocument,
  itemsOf: (outline: Outline, block: number) => readonly T[],
  key: (item: T) => string,
  pairable: (reference: T, variant: T) => boolean = () => true,
): ItemDifference<T>[] {
  const { reference, translation, unmatched } = alignment;
  // An item inside a Liquid block that one side lacks (even within a paragraph) is that block's finding.
  const referenceItems = (block: number): readonly T[] => {
    const items = itemsOf(reference, block);
    return unmatched.reference.length ? items.filter((item) => !within(unmatched.reference, item.start)) : items;
  };
  const translationItems = (block: number): readonly T[] => {
    const items = itemsOf(translation, block);
    return unmatched.translation.length ? items.filter((item) => !within(unmatched.translation, item.start)) : items;
  };
  // Items of paired blocks are grouped by their pair; those of unpaired blocks by the gap they stand in.
  const referencePaired = alignment.blocks.pairs.map(([r]) => r);
  const translationPaired = alignment.blocks.pairs.map(([, v]) => v);
  const missing: { item: T; block: number; place: Placement; group: string }[] = [];
  const extra: { item: T; block: number; group: string }[] = [];
  alignment.blocks.pairs.forEach(([r, v], pairIndex) => {
    const theirs = referenceItems(r);
    const mine = translationItems(v);
    if (theirs.length === 0 && mine.length === 0) return;
    const diff = diffSequences(theirs.map(key), mine.map(key));
    for (const index of diff.missing) {
      const { previous, next } = neighbours(diff.pairs, index);
      const place = placeMissing(
        theirs[index],
        previous && { reference: theirs[previous[0]], variant: mine[previous[1]] },
        next && { reference: theirs[next[0]], variant: mine[next[1]] },
        translation.blocks[v].start,
      );
      missing.push({ item: theirs[index], block: r, place, group: `p${pairIndex}` });
    }
    for (const index of diff.extra) extra.push({ item: mine[index], block: v, group: `p${pairIndex}` });
  });
  for (const r of alignment.blocks.missing) {
    const items = referenceItems(r);
    if (items.length === 0) continue;
    const place = placeBlock(alignment, r, translationDoc);
    for (const item of items) missing.push({ item, block: r, place, group: `g${countBelow(referencePaired, r)}` });
  }
  for (const v of alignment.blocks.extra) for (const item of translationItems(v)) extra.push({ item, block: v, group: `g${countBelow(translationPaired, v)}` });

  // What is missing in one block and extra in another only moved.
  const surplus = new Map<string, number>();
  for (const { item } of missing) surplus.set(key(item), (surplus.get(key(item)) ?? 0) + 1);
  for (const { item } of extra) surplus.set(key(item), (surplus.get(key(item)) ?? 0) - 1);
  const budget = new Map<string, number>();
  const keep = (item: T, sign: 1 | -1): boolean => {
    const k = key(item);
    const used = budget.get(`${sign}${k}`) ?? 0;
    budget.set(`${sign}${k}`, used + 1);
    return used < Math.max(0, sign * (surplus.get(k) ?? 0));
  };
  const realMissing = missing.filter(({ item }) => keep(item, 1));
  const realExtra = extra.filter(({ item }) => keep(item, -1));

  // A missing and an extra item in the same pair of blocks (or the same gap) are one item, changed.
  const differences: ItemDifference<T>[] = [];
  const usedExtra = new Set<number>();
  for (const entry of realMissing) {
    const partner = realExtra.findIndex((other, i) => !usedExtra.has(i) && other.group === entry.group && pairable(entry.item, other.item));
    if (partner < 0) {
      differences.push({ kind: 'missing', reference: entry.item, referenceBlock: entry.block, place: entry.place });
      continue;
    }
    usedExtra.add(partner);
    differences.push({ kind: 'changed', reference: entry.item, variant: realExtra[partner].item });
  }
  realExtra.forEach((entry, i) => {
    if (!usedExtra.has(i)) differences.push({ kind: 'extra', variant: entry.item, variantBlock: entry.block });
  });
  return differences;
}

/** How a block is named in a message. */
export function blockNoun(kind: string): string {
  return kind === 'tableCell' ? 'table cell' : kind === 'code' ? 'code block' : kind === 'definition' ? 'link definition' : kind === 'html' ? 'HTML block' : kind;
}

/**
 * Where in the translation an item of the reference at `offset` belongs, when its block is paired:
 * in that block's counterpart. Null when the offset is in no block or its block has no partner.
 */
export function counterpartBlock(alignment: DocumentAlignment, referenceOffset: number): { block: number; start: number; kind: string } | null {
  const found = blockFinder(alignment.reference.blocks)(referenceOffset);
  const partner = found < 0 ? undefined : alignment.partners.get(found);
  if (partner === undefined) return null;
  const block = alignment.translation.blocks[partner];
  return { block: partner, start: block.start, kind: block.kind };
}

/**
 * Corrects where an item the translation lacks is reported, by the block alignment: inside the
 * counterpart of the block that holds it in the reference, or where that block belongs when the
 * translation lacks it. `place` (from the item's own neighbours) stands when it already is there.
 */
export function placeByBlock(alignment: DocumentAlignment, referenceOffset: number, place: Placement, translationDoc: ParsedDocument): Placement {
  const block = blockFinder(alignment.reference.blocks)(referenceOffset);
  if (block < 0 || alignment.skipped.reference.has(block)) return place;
  const partner = alignment.partners.get(block);
  if (partner === undefined) return placeBlock(alignment, block, translationDoc);
  const { start, end } = alignment.translation.blocks[partner];
  return place.at >= start && place.at <= end ? place : { at: start, relation: 'in' };
}

/** How many items of an ascending list are below `value`. */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
