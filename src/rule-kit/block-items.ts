import { countBelow, diffSequences, neighbours, placeMissing, placeWords, type Placement } from '../align/sequence.js';
import { quotePair, type Difference } from './differences.js';
import type { DocumentAlignment } from '../align/document.js';
import { within } from '../align/liquid.js';
import { bodyStart, type ParsedDocument, type Span } from '../model/document.js';
import { blockFinder, type Outline } from '../model/outline.js';

/**
 * What the block-level parity rules do with the document alignment: place what a translation lacks
 * next to its paired neighbours, and compare the items (code spans, links, numbers) of paired blocks.
 */

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
  /**
   * How alike a missing and an extra item of one block are: each missing item is paired with the most
   * alike (a translation may reorder a sentence's links). Without it, in order.
   */
  similarity: (reference: T, variant: T) => number = () => 0,
): ItemDifference<T>[] {
  const { reference, translation, unmatched } = alignment;
  // An item inside a Liquid block that one side lacks (even within a paragraph) is that block's finding.
  const notOwn = [...unmatched.reference, ...alignment.missingSections];
  const referenceItems = (block: number): readonly T[] => {
    const items = itemsOf(reference, block);
    return notOwn.length ? items.filter((item) => !within(notOwn, item.start)) : items;
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
    let partner = -1;
    let best = -Infinity;
    realExtra.forEach((other, i) => {
      if (usedExtra.has(i) || other.group !== entry.group || !pairable(entry.item, other.item)) return;
      const score = similarity(entry.item, other.item);
      if (score > best) [partner, best] = [i, score];
    });
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


/** How a rule names the items it compares block by block, for `itemDifferences`. */
export interface ItemWords<T> {
  /** What must be equal (the same key on both sides: the same item). */
  key(item: T): string;
  /** The kind of item, as a message starts: "Code span", "Link to", "The number". */
  noun(item: T): string;
  /** The item as a message shows it, read from the reference's text or the translation's. */
  value(item: T, side: 'reference' | 'translation'): string;
  /** The item's text unquoted, to show where two shortened values would read the same. */
  text?(item: T): string;
  /** Where a changed item is reported (default: the whole item). */
  changedSpan?(item: T): Span;
  /** What a changed item's message adds: "; code is not translated". */
  changedNote?(item: T): string;
}

/** The findings of `compareBlockItems`, worded the same way by every rule that compares items. */
export function itemDifferences<T extends Span>(items: readonly ItemDifference<T>[], words: ItemWords<T>): Difference[] {
  return items.map((item): Difference => {
    if (item.kind === 'changed') {
      const { reference: theirs, variant: mine } = item;
      return {
        kind: 'changed',
        ...(words.changedSpan ? words.changedSpan(mine) : { start: mine.start, end: mine.end }),
        key: `changed ${words.key(theirs)} ${words.key(mine)}`,
        referenceStart: theirs.start,
        message: (where) => {
          let [shown, source] = [words.value(mine, 'translation'), words.value(theirs, 'reference')];
          if (shown === source && words.text) [shown, source] = quotePair(words.text(mine), words.text(theirs));
          return `${words.noun(mine)} ${shown} differs from ${source} in ${where}${words.changedNote?.(mine) ?? ''}.`;
        },
      };
    }
    if (item.kind === 'missing') {
      const { reference: theirs, place } = item;
      return {
        kind: 'missing',
        start: place.at,
        key: `missing ${words.key(theirs)}`,
        referenceStart: theirs.start,
        message: (where) => `${words.noun(theirs)} ${words.value(theirs, 'reference')} is missing ${placeWords(place)} (present in ${where}).`,
      };
    }
    const mine = item.variant;
    return {
      kind: 'extra',
      start: mine.start,
      end: mine.end,
      key: `extra ${words.key(mine)}`,
      referenceStart: 0,
      message: (_where, name) => `${words.noun(mine)} ${words.value(mine, 'translation')} is not in ${name} at this place.`,
    };
  });
}
