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
 * Beyond `maxEdits` differences the sequences are treated as unrelated rather than spending
 * quadratic time on them.
 */
export function alignByKey(reference: readonly string[], variant: readonly string[], maxEdits = 4000): Alignment {
  const alignment: Alignment = { pairs: [], missing: [], extra: [] };
  // Translations mostly agree with their source: match the common head directly (as the diff would,
  // greedily) and diff only the rest, often nothing. (Not the tail: where an edit sits in a run of
  // equal items is the diff's choice, and the messages name that place.)
  let head = 0;
  while (head < reference.length && head < variant.length && reference[head] === variant[head]) head++;
  for (let i = 0; i < head; i++) alignment.pairs.push([i, i]);
  const referenceMiddle = reference.slice(head);
  const variantMiddle = variant.slice(head);
  if (referenceMiddle.length === 0 || variantMiddle.length === 0) {
    for (let i = 0; i < referenceMiddle.length; i++) alignment.missing.push(head + i);
    for (let i = 0; i < variantMiddle.length; i++) alignment.extra.push(head + i);
  } else {
    const changes = diffArrays(referenceMiddle, variantMiddle, { maxEditLength: maxEdits });
    if (!changes) {
      alignment.missing = referenceMiddle.map((_, i) => head + i);
      alignment.extra = variantMiddle.map((_, i) => head + i);
    } else {
      let r = head;
      let v = head;
      for (const change of changes) {
        for (let k = 0; k < change.count; k++) {
          if (change.added) alignment.extra.push(v++);
          else if (change.removed) alignment.missing.push(r++);
          else alignment.pairs.push([r++, v++]);
        }
      }
    }
  }
  return alignment;
}

/** For an unmatched reference item, the matched variant item that follows it (where it should have been). */
export function insertionPoint(alignment: Alignment, referenceIndex: number): { before: number | null; after: number | null } {
  let after: number | null = null;
  for (const [r, v] of alignment.pairs) {
    if (r < referenceIndex) after = v;
    else return { before: v, after };
  }
  return { before: null, after };
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
  for (const r of missing) {
    const v = extra.find((candidate) => !usedExtra.has(candidate) && gapOfVariant(candidate) === gapOfReference(r) && pairable(r, candidate));
    if (v === undefined) stillMissing.push(r);
    else {
      usedExtra.add(v);
      changed.push([r, v]);
    }
  }
  return { pairs: alignment.pairs, missing: stillMissing, extra: extra.filter((v) => !usedExtra.has(v)), changed };
}

/** Given the sorted indices of matched items, the number of the gap an unmatched index falls in. */
function gapIndex(matched: readonly number[]): (index: number) => number {
  return (index) => {
    let low = 0;
    let high = matched.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (matched[mid] < index) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** Where to report an item the translation lacks, and how that place relates to it. */
export interface Placement {
  at: number;
  relation: 'after' | 'before';
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
  let previous: [number, number] | null = null;
  for (const pair of pairs) {
    if (pair[0] < r) previous = pair;
    else return { previous, next: pair };
  }
  return { previous, next: null };
}
