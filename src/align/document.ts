import { alignByKey, type Alignment } from './sequence.js';
import { alignDocuments, unmatchedBlockSpans, within } from './liquid.js';
import type { ParsedDocument, Span } from '../model/document.js';
import { memoizePair } from '../model/memo.js';
import { outlineOf, type Outline, type Section } from '../model/outline.js';

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
  referenceSections: AlignedSection[];
  translationSections: AlignedSection[];
  /** Section indices (into `referenceSections` and `translationSections`). */
  sections: Alignment;
  /** Block indices (into each outline's `blocks`), pairs in document order. */
  blocks: Alignment;
  /**
   * Reference spans of the sections the translation lacks whole, heading and text: one finding of
   * heading-parity, so the other rules leave what is inside them alone.
   */
  missingSections: Span[];
  /** The translation block paired with each paired reference block. */
  partners: Map<number, number>;
  /** Spans of Liquid blocks (or branches) one side lacks: what is inside them is that block's finding. */
  unmatched: { reference: Span[]; translation: Span[] };
  /** Blocks neither side compares (inside a Liquid block the other side lacks). */
  skipped: { reference: Set<number>; translation: Set<number> };
}

/** The outline alignment of a translation with a reference, computed once per pair. */
export const alignOutlines = memoizePair(buildAlignment);

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
  const sectionKeys = (outline: Outline, list: readonly AlignedSection[], skip: Set<number>): { strict: string[]; loose: string[] } => ({
    strict: list.map((section, index) => {
      if (section.placeholder) return unanchored(outline === reference, index);
      const parts: string[] = [];
      for (let i = section.first; i < section.end; i++) if (!skip.has(i) && anchored(outline, i)) parts.push(outline.signatures[i]);
      return parts.length ? `h${section.depth}\u0003${parts.sort().join('\u0003')}` : unanchored(outline === reference, index);
    }),
    loose: list.map((section) => `h${section.depth}`),
  });
  const referenceKeys = sectionKeys(reference, referenceSections, skipped.reference);
  const translationKeys = sectionKeys(translation, translationSections, skipped.translation);
  // The text before the first heading always pairs with the text before the first heading.
  // Between anchors, as many sections on each side pair by position whatever their level, as the site
  // pairs headings: a changed level is heading-parity's finding, and the blocks still pair with theirs.
  // Not where a placeholder stands in the gap: the site's pairing is uncertain there.
  const placeholders = (list: readonly AlignedSection[], from: number, to: number): boolean => list.slice(from, to).some((section) => section.placeholder);
  const sections = alignInPasses(
    [
      [referenceKeys.strict.slice(1), translationKeys.strict.slice(1)],
      [referenceKeys.loose.slice(1), translationKeys.loose.slice(1)],
    ],
    {
      gapScore: (r, v) => sectionScore(reference, referenceSections[r + 1], skipped.reference, translation, translationSections[v + 1], skipped.translation),
      byPosition: (r0, r, v0, v) => !placeholders(referenceSections, r0 + 1, r + 1) && !placeholders(translationSections, v0 + 1, v + 1),
    },
  );
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
    const inner = alignInPasses(
      [
        [theirs.map((i) => (anchored(reference, i) ? reference.signatures[i] : unanchored(true, i))), mine.map((i) => (anchored(translation, i) ? translation.signatures[i] : unanchored(false, i)))],
        [theirs.map((i) => looseKey(reference, i, true)), mine.map((i) => looseKey(translation, i, true))],
        [theirs.map((i) => looseKey(reference, i, false)), mine.map((i) => looseKey(translation, i, false))],
      ],
      { gapScore: (a, b) => blockScore(reference, theirs[a], translation, mine[b]) },
    );
    for (const [a, b] of inner.pairs) blocks.pairs.push([theirs[a], mine[b]]);
    for (const a of inner.missing) blocks.missing.push(theirs[a]);
    for (const b of inner.extra) blocks.extra.push(mine[b]);
  });
  blocks.pairs.sort((a, b) => a[0] - b[0]);
  blocks.missing.sort((a, b) => a - b);
  blocks.extra.sort((a, b) => a - b);
  const missingBlocks = new Set(blocks.missing);
  const missingSections: Span[] = [];
  for (const s of sections.missing) {
    const { first, end, placeholder } = referenceSections[s];
    if (placeholder) continue;
    let whole = end - first > 1;
    for (let i = first; i < end && whole; i++) whole = skipped.reference.has(i) || missingBlocks.has(i);
    if (whole) missingSections.push({ start: reference.blocks[first].start, end: end < reference.blocks.length ? reference.blocks[end].start : referenceDoc.text.length });
  }
  return {
    reference,
    translation,
    missingSections,
    referenceSections,
    translationSections,
    sections,
    blocks,
    unmatched: { reference: unmatched.reference, translation: unmatched.variant },
    skipped,
    partners: new Map(blocks.pairs),
  };
}

/** How well two sections pair: of one level, the more anchors they share the better. */
function sectionScore(reference: Outline, r: AlignedSection, referenceSkip: Set<number>, translation: Outline, v: AlignedSection, translationSkip: Set<number>): number {
  if (r.depth !== v.depth) return -1;
  // A placeholder may stand for the other side's section, but nothing says it does.
  if (r.placeholder || v.placeholder) return 0;
  const parts = new Map<string, number>();
  for (let i = r.first; i < r.end; i++) if (!referenceSkip.has(i)) for (const part of anchorsOf(reference.signatures[i])) parts.set(part, (parts.get(part) ?? 0) + 1);
  let score = 1;
  for (let i = v.first; i < v.end; i++) {
    if (translationSkip.has(i)) continue;
    for (const part of anchorsOf(translation.signatures[i])) {
      const left = parts.get(part) ?? 0;
      if (left > 0) {
        score++;
        parts.set(part, left - 1);
      }
    }
  }
  return score;
}

/**
 * How well two blocks pair: blocks of one kind do, better when both have anchors or both have none,
 * and the more anchors they share the better. -1: different kinds never pair.
 */
function blockScore(reference: Outline, r: number, translation: Outline, v: number): number {
  if (looseKey(reference, r, false) !== looseKey(translation, v, false)) return -1;
  let score = looseKey(reference, r, true) === looseKey(translation, v, true) ? 1 : 0.5;
  const theirs = anchorsOf(reference.signatures[r]);
  const mine = anchorsOf(translation.signatures[v]);
  const parts = new Map<string, number>();
  for (const part of theirs) parts.set(part, (parts.get(part) ?? 0) + 1);
  const unmatched: string[] = [];
  for (const part of mine) {
    const left = parts.get(part) ?? 0;
    if (left > 0) {
      score++;
      parts.set(part, left - 1);
    } else unmatched.push(part);
  }
  // A code span translated by mistake (`invitation`, `invitación`) still tells which block is which, a little less surely.
  for (const part of unmatched) {
    const near = [...parts.keys()].find((other) => (parts.get(other) ?? 0) > 0 && nearCode(other, part));
    if (near === undefined) continue;
    score += 0.75;
    parts.set(near, (parts.get(near) ?? 0) - 1);
  }
  // Sharing no anchor, blocks that hold the same kinds of anchor (code, links, Liquid, numbers) are likelier partners.
  const kinds = new Set(theirs.map((part) => part[0]));
  for (const kind of new Set(mine.map((part) => part[0]))) if (kinds.has(kind)) score += 0.25;
  return score;
}

/** Short code anchors (`c…`) that differ by an accent, case or a letter or two in five. */
function nearCode(a: string, b: string): boolean {
  if (a[0] !== 'c' || b[0] !== 'c' || a.length > 41 || b.length > 41) return false;
  const fold = (code: string): string => code.slice(1).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const [x, y] = [fold(a), fold(b)];
  if (Math.min(x.length, y.length) < 4) return false;
  return editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 5);
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * A section as this comparison sees it. A placeholder's heading is inside a Liquid block that the
 * other side lacks: that block is the finding, but the section still holds its place, so that the
 * other side's copy of it (kept without the block) pairs with it and is not called extra.
 */
export interface AlignedSection extends Section {
  placeholder: boolean;
}

function effectiveSections(outline: Outline, skip: Set<number>): AlignedSection[] {
  return outline.sections.map((section) => ({ ...section, placeholder: section.heading >= 0 && skip.has(section.heading) }));
}

/** Whether a block holds anything that survives translation (code, a link target, Liquid, a number). */
function anchored(outline: Outline, index: number): boolean {
  return !outline.signatures[index].endsWith('\u0001');
}

/**
 * The strict key of an item with no anchor: unique, so that it pairs only by order, in the second
 * pass. (Equal keys for every plain paragraph would let the first pass pair them arbitrarily, and
 * trade a real anchor for two plain paragraphs.)
 */
function unanchored(reference: boolean, index: number): string {
  return `\u0004${reference ? 'r' : 'v'}${index}`;
}

/**
 * The key of the later passes: the block's kind, first with whether it has anchors at all, so that a
 * block whose anchors the translation lacks is not paired with a plain paragraph in its place (which
 * would shift the plain paragraphs after it by one); then the kind alone, for what is left.
 */
function looseKey(outline: Outline, index: number, withAnchored: boolean): string {
  const block = outline.blocks[index];
  return `${block.kind}${block.depth || ''}${withAnchored && anchored(outline, index) ? '+' : ''}`;
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

export interface PassOptions {
  /**
   * Whether a gap of the first pass with as many items on each side (reference `[r0, r)`, variant
   * `[v0, v)`) pairs them one to one.
   */
  byPosition?: (r0: number, r: number, v0: number, v: number) => boolean;
  /**
   * For gaps small enough: how well two items pair (-1: they cannot). The gap then pairs to the
   * highest total, keeping order, instead of running the later passes.
   */
  gapScore?: (r: number, v: number) => number;
}

/**
 * Pairs items by their first keys (anchors that survive translation), then, in each gap between
 * those pairs, by their next keys (looser: the kind of block) in order, and so on; with
 * `byPosition`, a gap of the first pass with as many items on each side pairs them one to one.
 * Each pass is given as `[reference keys, variant keys]`.
 */
export function alignInPasses(passes: readonly (readonly [readonly string[], readonly string[]])[], options: PassOptions = {}): Alignment {
  const { byPosition, gapScore } = options;
  const [[referenceKeys, variantKeys], ...rest] = passes;
  const first = alignByKey(referenceKeys, variantKeys);
  if (rest.length === 0 && !byPosition) return first;
  const result: Alignment = { pairs: [], missing: [], extra: [] };
  let r0 = 0;
  let v0 = 0;
  for (const [r, v] of [...first.pairs, [referenceKeys.length, variantKeys.length] as [number, number]]) {
    if (byPosition && r - r0 === v - v0 && byPosition(r0, r, v0, v)) {
      for (let i = 0; i < r - r0; i++) result.pairs.push([r0 + i, v0 + i]);
    } else if (r > r0 && v > v0 && rest.length > 0) {
      const gap =
        gapScore && (r - r0) * (v - v0) <= MAX_GAP_CELLS
          ? alignBySimilarity(r - r0, v - v0, (a, b) => gapScore(r0 + a, v0 + b))
          : alignInPasses(rest.map(([a, b]) => [a.slice(r0, r), b.slice(v0, v)] as const));
      for (const [a, b] of gap.pairs) result.pairs.push([r0 + a, v0 + b]);
      for (const a of gap.missing) result.missing.push(r0 + a);
      for (const b of gap.extra) result.extra.push(v0 + b);
    } else {
      for (let i = r0; i < r; i++) result.missing.push(i);
      for (let i = v0; i < v; i++) result.extra.push(i);
    }
    if (r < referenceKeys.length) result.pairs.push([r, v]);
    r0 = r + 1;
    v0 = v + 1;
  }
  return result;
}

/** Beyond this many cells a gap is paired by kind in order (Myers), keeping the cost near-linear. */
const MAX_GAP_CELLS = 4096;

/** The anchors in a strict key (a block's signature or a section's key). */
export function anchorsOf(strictKey: string): string[] {
  const body = strictKey.slice(strictKey.search(/[\u0001\u0003]/) + 1);
  return body ? body.split(/[\u0002\u0003]/).filter(Boolean) : [];
}

/**
 * An order-keeping pairing of two short sequences that maximises the total similarity of the pairs.
 * Ties go to pairing earlier items (the best suffix scores are traced from the start).
 */
function alignBySimilarity(referenceLength: number, variantLength: number, score: (r: number, v: number) => number): Alignment {
  const width = variantLength + 1;
  const best = new Float64Array((referenceLength + 1) * width);
  const scores = new Float64Array(referenceLength * variantLength);
  for (let r = referenceLength - 1; r >= 0; r--) {
    for (let v = variantLength - 1; v >= 0; v--) {
      const s = score(r, v);
      scores[r * variantLength + v] = s;
      best[r * width + v] = Math.max(best[(r + 1) * width + v], best[r * width + v + 1], s < 0 ? -Infinity : best[(r + 1) * width + v + 1] + s);
    }
  }
  const result: Alignment = { pairs: [], missing: [], extra: [] };
  let r = 0;
  let v = 0;
  while (r < referenceLength && v < variantLength) {
    const s = scores[r * variantLength + v];
    if (s >= 0 && best[r * width + v] === best[(r + 1) * width + v + 1] + s) result.pairs.push([r++, v++]);
    else if (best[r * width + v] === best[(r + 1) * width + v]) result.missing.push(r++);
    else result.extra.push(v++);
  }
  while (r < referenceLength) result.missing.push(r++);
  while (v < variantLength) result.extra.push(v++);
  return result;
}
