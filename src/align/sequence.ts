import { diffArrays } from 'diff';

/** A pairing of two sequences: matched index pairs, and what is left over on each side. */
export interface Alignment {
  pairs: [referenceIndex: number, variantIndex: number][];
  /** Reference items with no partner in the variant. */
  missing: number[];
  /** Variant items with no partner in the reference. */
  extra: number[];
}

/**
 * Aligns two sequences by key with a Myers diff (O((N+M)·D): near-linear when they mostly agree).
 * Items whose key the other side lacks cannot pair, so they are set aside first: a translation that
 * changed every key costs nothing. The diff of the rest gets a fixed budget of work: beyond
 * `maxEdits` differences, or beyond the budget, the sequences are treated as unrelated rather than
 * spending quadratic time on them.
 */
export function alignByKey(reference: readonly string[], variant: readonly string[], maxEdits = 4000): Alignment {
  const alignment: Alignment = { pairs: [], missing: [], extra: [] };
  const referenceKeys = new Set(reference);
  const variantKeys = new Set(variant);
  const referenceShared = indicesWhere(reference, (key) => variantKeys.has(key));
  const variantShared = indicesWhere(variant, (key) => referenceKeys.has(key));
  const budget = Math.floor(DIFF_BUDGET / Math.max(1, referenceShared.length + variantShared.length));
  const changes =
    referenceShared.length && variantShared.length
      ? diffArrays(
          referenceShared.map((i) => reference[i]),
          variantShared.map((i) => variant[i]),
          { maxEditLength: Math.min(maxEdits, budget) },
        )
      : [];
  const pairs: [number, number][] = [];
  if (changes) {
    let r = 0;
    let v = 0;
    for (const change of changes) {
      for (let k = 0; k < change.count; k++) {
        if (change.added) v++;
        else if (change.removed) r++;
        else pairs.push([referenceShared[r++], variantShared[v++]]);
      }
    }
  }
  alignment.pairs = pairs;
  const pairedReference = new Set(pairs.map(([r]) => r));
  const pairedVariant = new Set(pairs.map(([, v]) => v));
  alignment.missing = indicesWhere(reference, (_, i) => !pairedReference.has(i));
  alignment.extra = indicesWhere(variant, (_, i) => !pairedVariant.has(i));
  return alignment;
}

/** How many steps of the diff one alignment may take ((N+M)·D); past it, the sequences are unrelated. */
const DIFF_BUDGET = 2_000_000;

function indicesWhere(items: readonly string[], keep: (item: string, index: number) => boolean): number[] {
  const indices: number[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i], i)) indices.push(i);
  return indices;
}

/** For an unmatched reference item, the matched variant item that follows it (where it should have been). */
export function insertionPoint(alignment: Alignment, referenceIndex: number): { before: number | null; after: number | null } {
  const { previous, next } = neighbours(alignment.pairs, referenceIndex);
  return { before: next ? next[1] : null, after: previous ? previous[1] : null };
}

/** The outcome of comparing two sequences as multisets, with positions taken from their alignment. */
export interface SequenceDiff {
  pairs: [referenceIndex: number, variantIndex: number][];
  /** Reference items the variant lacks (beyond what it has of the same key elsewhere). */
  missing: number[];
  /** Variant items the reference lacks. */
  extra: number[];
  /** A missing and an extra item in the same gap that `pairable` says are one item, changed. */
  changed: [referenceIndex: number, variantIndex: number][];
}

/**
 * Compares two sequences as multisets: an item that only moved is not a difference. The alignment
 * still places each real difference, and a missing item and an extra one that stand in the same gap
 * between matched items and are `pairable` are reported as one change.
 */
export function diffSequences(
  reference: readonly string[],
  variant: readonly string[],
  pairable: (referenceIndex: number, variantIndex: number) => boolean = () => false,
): SequenceDiff {
  const alignment = alignByKey(reference, variant);
  const surplus = new Map<string, number>();
  for (const key of reference) surplus.set(key, (surplus.get(key) ?? 0) + 1);
  for (const key of variant) surplus.set(key, (surplus.get(key) ?? 0) - 1);
  // Keep as many unmatched items of a key as the counts really differ by; the rest only moved.
  const keep = (indices: number[], keys: readonly string[], sign: 1 | -1): number[] => {
    const budget = new Map<string, number>();
    return indices.filter((index) => {
      const key = keys[index];
      const allowed = Math.max(0, sign * (surplus.get(key) ?? 0));
      const used = budget.get(key) ?? 0;
      budget.set(key, used + 1);
      return used < allowed;
    });
  };
  const missing = keep(alignment.missing, reference, 1);
  const extra = keep(alignment.extra, variant, -1);
  const gapOfReference = gapIndex(alignment.pairs.map(([r]) => r));
  const gapOfVariant = gapIndex(alignment.pairs.map(([, v]) => v));
  const changed: [number, number][] = [];
  const usedExtra = new Set<number>();
  const stillMissing: number[] = [];
  // Extra items by gap, so that each missing item looks only at the extras beside it.
  const extraByGap = new Map<number, number[]>();
  for (const v of extra) {
    const gap = gapOfVariant(v);
    const list = extraByGap.get(gap);
    if (list) list.push(v);
    else extraByGap.set(gap, [v]);
  }
  const firstUnused = new Map<number, number>();
  for (const r of missing) {
    const gap = gapOfReference(r);
    const candidates = extraByGap.get(gap) ?? [];
    let from = firstUnused.get(gap) ?? 0;
    while (from < candidates.length && usedExtra.has(candidates[from])) from++;
    firstUnused.set(gap, from);
    // Bounded: in a gap of thousands of unrelated items, pairing the nearest ones is what a reader needs.
    let v: number | undefined;
    for (let i = from; i < Math.min(candidates.length, from + MAX_PAIRING_LOOKS); i++) {
      if (usedExtra.has(candidates[i])) continue;
      if (pairable(r, candidates[i])) {
        v = candidates[i];
        break;
      }
    }
    if (v === undefined) stillMissing.push(r);
    else {
      usedExtra.add(v);
      changed.push([r, v]);
    }
  }
  return { pairs: alignment.pairs, missing: stillMissing, extra: extra.filter((v) => !usedExtra.has(v)), changed };
}

/** How many unpaired extra items a missing one is compared with, at most. */
const MAX_PAIRING_LOOKS = 64;

/** Given the sorted indices of matched items, the number of the gap an unmatched index falls in. */
function gapIndex(matched: readonly number[]): (index: number) => number {
  return (index) => countBelow(matched, index);
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

/** Where to report an item the translation lacks, and how that place relates to it. */
export interface Placement {
  at: number;
  /** `in`: somewhere in the block that starts at `at` (its partner in the source has it). */
  relation: 'after' | 'before' | 'in';
}

/** How a message says where a missing item belongs. */
export function placeWords(place: Placement): string {
  return place.relation === 'in' ? 'in the block that starts here' : `${place.relation} this point`;
}

/**
 * Places a missing item next to the nearer of its matched neighbours (nearer in the reference):
 * after the one before it, or before the one after it; at `fallback` when it has neither.
 */
export function placeMissing(
  item: { start: number; end: number },
  previous: { reference: { end: number }; variant: { end: number } } | null,
  next: { reference: { start: number }; variant: { start: number } } | null,
  fallback: number,
): Placement {
  if (previous && next) {
    return item.start - previous.reference.end <= next.reference.start - item.end
      ? { at: previous.variant.end, relation: 'after' }
      : { at: next.variant.start, relation: 'before' };
  }
  if (previous) return { at: previous.variant.end, relation: 'after' };
  if (next) return { at: next.variant.start, relation: 'before' };
  return { at: fallback, relation: 'after' };
}

/** The matched pairs just before and just after reference index `r` (pairs are in order). */
export function neighbours(pairs: readonly [number, number][], r: number): { previous: [number, number] | null; next: [number, number] | null } {
  // Binary search: asked once per missing item, so a scan would make many differences quadratic.
  let low = 0;
  let high = pairs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pairs[mid][0] < r) low = mid + 1;
    else high = mid;
  }
  return { previous: low > 0 ? pairs[low - 1] : null, next: low < pairs.length ? pairs[low] : null };
}
