import { memoizePair } from '../model/memo.js';
import { alignByKey, countBelow, diffSequences, placeMissing, type Alignment, type Placement } from './sequence.js';
import { bodyStart, type LiquidBlock, type LiquidBranch, type LiquidNode, type Span } from '../model/document.js';

export { blockKey, deepBlockKey, normalizeArgs, tagKey } from '../model/liquid-keys.js';
import { blockKey, childBlocks, deepBlockKey, normalizeArgs, tagKey } from '../model/liquid-keys.js';

export { childBlocks };


/** Two containers (the file, or matched branches of matched blocks) whose contents correspond. */
export interface ContainerPair {
  reference: readonly LiquidNode[];
  variant: readonly LiquidNode[];
  /** Where the variant's container body starts (for reporting what is missing from an empty one). */
  variantStart: number;
}

export type BlockDifference =
  /** `container`: the translation's span that holds the block's place (its matched parent branch, or the file). */
  | { kind: 'missing'; reference: LiquidBlock; place: Placement; container: Span }
  | { kind: 'extra'; variant: LiquidBlock }
  | { kind: 'moved'; reference: LiquidBlock; variant: LiquidBlock }
  /**
   * `respelled`: a version test in the other spelling (`{% if currentVersion == … %}` for `{% ifversion … %}`),
   * from an older translation: what is inside is not compared, as for a missing and an extra block.
   */
  | { kind: 'changed'; reference: LiquidBlock; variant: LiquidBlock; respelled?: true }
  /** The translation put `inner` (which matches the reference's block) inside a new block `variant`. */
  | { kind: 'wrapped'; reference: LiquidBlock; variant: LiquidBlock }
  /** The translation dropped the reference's block `reference` but kept what it wrapped. */
  | { kind: 'unwrapped'; reference: LiquidBlock; variant: LiquidBlock }
  | { kind: 'missing-branch'; reference: LiquidBranch; at: number; block: LiquidBlock }
  /** A branch in the same place with another condition (`{% elsif ghae %}` for `{% elsif ghes %}`). */
  | { kind: 'changed-branch'; reference: LiquidBranch; variant: LiquidBranch; block: LiquidBlock }
  | { kind: 'extra-branch'; variant: LiquidBranch; block: LiquidBlock };

export interface LiquidAlignment {
  containers: ContainerPair[];
  differences: BlockDifference[];
}

/**
 * Aligns the block trees of a reference and a translation. Blocks are matched whole first (so a
 * missing block does not shift its neighbours), then by their own tag, then by name (a changed
 * condition); what is left is missing, extra or moved. Each difference is reported once, at its
 * block: nothing inside a missing or extra block is compared.
 */
export function alignLiquid(reference: readonly LiquidNode[], variant: readonly LiquidNode[], variantStart = 0, variantEnd = Infinity): LiquidAlignment {
  const result: LiquidAlignment = { containers: [], differences: [] };
  alignContainer(reference, variant, { start: variantStart, end: variantEnd }, result);
  return result;
}

/**
 * The Liquid alignment of a translation with a reference document, computed once per pair and
 * shared by every parity rule that needs it.
 */
export const alignDocuments = memoizePair((reference, translation) => alignLiquid(reference.liquid, translation.liquid, bodyStart(translation), translation.text.length));

/**
 * Work left to do, run last in first out: the recursive order (a container, then each matched block's
 * branches in turn, then that block's missing and extra branches) kept without recursion, so that
 * nesting thousands deep does not overflow the stack.
 */
type AlignTask = () => void;

/** `{% ifversion x %}`, or its older spelling `{% if currentVersion == "…" %}` / `{% if enterpriseServerVersions contains currentVersion %}`. */
function isVersionTest(block: LiquidBlock): boolean {
  if (block.name === 'ifversion') return true;
  return (block.name === 'if' || block.name === 'unless') && /\b(?:currentVersion|enterpriseServerVersions)\b/.test(block.args);
}

function alignContainer(reference: readonly LiquidNode[], variant: readonly LiquidNode[], span: Span, result: LiquidAlignment): void {
  const tasks: AlignTask[] = [() => alignOneContainer(reference, variant, span, result, tasks)];
  while (tasks.length) (tasks.pop() as AlignTask)();
}

function alignOneContainer(reference: readonly LiquidNode[], variant: readonly LiquidNode[], span: Span, result: LiquidAlignment, tasks: AlignTask[]): void {
  const variantStart = span.start;
  result.containers.push({ reference, variant, variantStart });
  const referenceBlocks = childBlocks(reference);
  const variantBlocks = childBlocks(variant);
  const whole = alignByKey(referenceBlocks.map(deepBlockKey), variantBlocks.map(deepBlockKey));
  const matched: [LiquidBlock, LiquidBlock][] = whole.pairs.map(([r, v]) => [referenceBlocks[r], variantBlocks[v]]);

  let missing = whole.missing.map((i) => referenceBlocks[i]);
  let extra = whole.extra.map((i) => variantBlocks[i]);
  // A block both sides have whole, or with the same opening tag, but out of order: it moved (and its
  // contents are still compared). Whole twins first, so that a swap is not taken for an edit.
  const takeMoved = (key: (block: LiquidBlock) => string): void => {
    const moved = pairFirst(missing, extra, key, key);
    for (const [block, twin] of moved.pairs) {
      result.differences.push({ kind: 'moved', reference: block, variant: twin });
      matched.push([block, twin]);
    }
    missing = moved.left;
    extra = moved.right;
  };
  takeMoved(deepBlockKey);
  // Among the rest: the same opening tag in order (contents differ) ...
  const byTag = alignByKey(missing.map(blockKey), extra.map(blockKey));
  for (const [r, v] of byTag.pairs) matched.push([missing[r], extra[v]]);
  missing = byTag.missing.map((i) => missing[i]);
  extra = byTag.extra.map((i) => extra[i]);
  // ... the same opening tag out of order ...
  takeMoved(blockKey);
  // ... and, near each other, the same block around the same contents or of the same name (its
  // condition changed), or the same condition (its keyword was translated: `{% if x %}` for
  // `{% ifversion x %}`). A block far away is another block.
  const contentKey = (block: LiquidBlock): string => `${block.name}${deepBlockKey(block).slice(blockKey(block).length)}`;
  const near = nearness(reference, variant);
  // Last, two conditionals in the same place: the same condition in the other spelling
  // (`{% if currentVersion == "free-pro-team@latest" %}` for `{% ifversion fpt or ghec %}`).
  const conditional = (b: LiquidBlock): string => (isVersionTest(b) ? 'version test' : '');
  for (const key of [contentKey, (b: LiquidBlock): string => b.name, (b: LiquidBlock): string => normalizeArgs(b.args), conditional]) {
    const byKey = diffSequences(missing.map(key), extra.map(key));
    const paired = new Set<number>();
    const pairedExtra = new Set<number>();
    for (const [r, v] of [...byKey.pairs, ...byKey.changed]) {
      if (!near(missing[r], extra[v]) || key(missing[r]) === '') continue;
      if (key === conditional) result.differences.push({ kind: 'changed', reference: missing[r], variant: extra[v], respelled: true });
      else {
        result.differences.push({ kind: 'changed', reference: missing[r], variant: extra[v] });
        matched.push([missing[r], extra[v]]);
      }
      paired.add(r);
      pairedExtra.add(v);
    }
    missing = missing.filter((_, i) => !paired.has(i));
    extra = extra.filter((_, i) => !pairedExtra.has(i));
  }

  // A block that one side has around a block both have: one finding for the wrapper, and the
  // wrapped blocks are compared with each other.
  const wrapped = pairFirst(extra, missing, wrappedKey, deepBlockKey);
  for (const [outer, inner] of wrapped.pairs) {
    result.differences.push({ kind: 'wrapped', reference: inner, variant: outer });
    matched.push([inner, childBlocks(outer.branches[0].children)[0]]);
  }
  extra = wrapped.left;
  missing = wrapped.right;
  const unwrapped = pairFirst(missing, extra, wrappedKey, deepBlockKey);
  for (const [outer, inner] of unwrapped.pairs) {
    result.differences.push({ kind: 'unwrapped', reference: outer, variant: inner });
    matched.push([childBlocks(outer.branches[0].children)[0], inner]);
  }
  missing = unwrapped.left;
  extra = unwrapped.right;
  const place = insertionPlacer(matched, variantStart);
  for (const block of missing) result.differences.push({ kind: 'missing', reference: block, place: place(block), container: span });
  for (const block of extra) result.differences.push({ kind: 'extra', variant: block });
  for (let i = matched.length - 1; i >= 0; i--) {
    const [r, v] = matched[i];
    tasks.push(() => alignBranches(r, v, result, tasks));
  }
}

function alignBranches(reference: LiquidBlock, variant: LiquidBlock, result: LiquidAlignment, tasks: AlignTask[]): void {
  const alignment = alignByKey(
    reference.branches.map((b, i) => (i === 0 ? '' : blockKey(b))),
    variant.branches.map((b, i) => (i === 0 ? '' : blockKey(b))),
  );
  // A missing and an extra branch of one name between the same matched branches: its condition changed.
  const referencePaired = alignment.pairs.map(([r]) => r);
  const variantPaired = alignment.pairs.map(([, v]) => v);
  const changed = diffSequences(
    alignment.missing.map((r) => `${countBelow(referencePaired, r)} ${reference.branches[r].name}`),
    alignment.extra.map((v) => `${countBelow(variantPaired, v)} ${variant.branches[v].name}`),
  ).pairs.map(([m, e]): [number, number] => [alignment.missing[m], alignment.extra[e]]);
  for (const [r, v] of changed) result.differences.push({ kind: 'changed-branch', reference: reference.branches[r], variant: variant.branches[v], block: variant });
  const changedReference = new Set(changed.map(([r]) => r));
  const changedVariant = new Set(changed.map(([, v]) => v));
  alignment.missing = alignment.missing.filter((r) => !changedReference.has(r));
  alignment.extra = alignment.extra.filter((v) => !changedVariant.has(v));
  alignment.pairs = [...alignment.pairs, ...changed].sort((a, b) => a[0] - b[0]);
  // The branches' differences come after everything inside the matched branches.
  tasks.push(() => branchDifferences(reference, variant, alignment, result));
  for (let i = alignment.pairs.length - 1; i >= 0; i--) {
    const [r, v] = alignment.pairs[i];
    const branch = variant.branches[v];
    tasks.push(() => alignOneContainer(reference.branches[r].children, branch.children, { start: branch.bodyStart, end: branch.end }, result, tasks));
  }
}


function branchDifferences(reference: LiquidBlock, variant: LiquidBlock, alignment: Alignment, result: LiquidAlignment): void {
  for (const r of alignment.missing) {
    const before = alignment.pairs.filter(([pr]) => pr < r).pop();
    const at = before ? variant.branches[before[1]].end : variant.openEnd;
    result.differences.push({ kind: 'missing-branch', reference: reference.branches[r], at, block: variant });
  }
  for (const v of alignment.extra) result.differences.push({ kind: 'extra-branch', variant: variant.branches[v], block: variant });
}

/**
 * Whether a block of the reference and one of the variant stand near each other in their container:
 * no more than one tag or block that both sides have between where each stands.
 */
function nearness(reference: readonly LiquidNode[], variant: readonly LiquidNode[]): (a: LiquidBlock, b: LiquidBlock) => boolean {
  const key = (node: LiquidNode): string => (node.type === 'block' ? deepBlockKey(node) : tagKey(node));
  const anchors = alignByKey(reference.map(key), variant.map(key)).pairs;
  const referenceIndex = new Map(reference.map((node, i) => [node, i]));
  const variantIndex = new Map(variant.map((node, i) => [node, i]));
  const referenceAnchors = anchors.map(([r]) => r);
  const variantAnchors = anchors.map(([, v]) => v);
  return (a, b) => Math.abs(countBelow(referenceAnchors, referenceIndex.get(a) ?? 0) - countBelow(variantAnchors, variantIndex.get(b) ?? 0)) <= 1;
}

/**
 * Pairs each item of `left`, in order, with the first item of `right` not taken yet whose key is the
 * same (a null key pairs with nothing); returns the pairs and what is left on each side, in order.
 * Linear, where a search of `right` for each item of `left` would be quadratic.
 */
function pairFirst<T>(left: readonly T[], right: readonly T[], leftKey: (item: T) => string | null, rightKey: (item: T) => string): { pairs: [T, T][]; left: T[]; right: T[] } {
  const waiting = new Map<string, T[]>();
  for (const item of right) {
    const key = rightKey(item);
    const queue = waiting.get(key);
    if (queue) queue.push(item);
    else waiting.set(key, [item]);
  }
  const pairs: [T, T][] = [];
  const taken = new Set<T>();
  const leftOver: T[] = [];
  for (const item of left) {
    const key = leftKey(item);
    const twin = key === null ? undefined : waiting.get(key)?.shift();
    if (twin === undefined) leftOver.push(item);
    else {
      pairs.push([item, twin]);
      taken.add(twin);
    }
  }
  return { pairs, left: leftOver, right: right.filter((item) => !taken.has(item)) };
}

/**
 * For a one-branch block whose only block is `inner`: `inner`'s whole key (what it wraps), else null.
 * The whole block, not just its tag: `{% for operation in … %}` opens many different blocks.
 */
function wrappedKey(outer: LiquidBlock): string | null {
  if (outer.branches.length !== 1) return null;
  const children = childBlocks(outer.branches[0].children);
  return children.length === 1 ? deepBlockKey(children[0]) : null;
}

/**
 * Where a missing block belongs in the translation: next to the nearer of its matched neighbours.
 * The matched pairs are sorted once, and each missing block finds its neighbours by binary search.
 */
function insertionPlacer(matched: readonly [LiquidBlock, LiquidBlock][], containerStart: number): (block: LiquidBlock) => Placement {
  const sorted = [...matched].sort((a, b) => a[0].start - b[0].start);
  return (block) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid][0].start < block.start) low = mid + 1;
      else high = mid;
    }
    const previous = low > 0 ? sorted[low - 1] : null;
    let nextIndex = low;
    while (nextIndex < sorted.length && sorted[nextIndex][0].start === block.start) nextIndex++;
    const next = nextIndex < sorted.length ? sorted[nextIndex] : null;
    return placeMissing(
      block,
      previous && { reference: previous[0], variant: previous[1] },
      next && { reference: next[0], variant: next[1] },
      containerStart,
    );
  };
}

/**
 * The spans of blocks that one side has and the other lacks: what lies inside them is the block's
 * finding, so other parity rules leave it alone.
 */
export function unmatchedBlockSpans(alignment: LiquidAlignment): { reference: Span[]; variant: Span[] } {
  const spans = { reference: [] as Span[], variant: [] as Span[] };
  for (const difference of alignment.differences) {
    if (difference.kind === 'missing') spans.reference.push(difference.reference);
    else if (difference.kind === 'extra') spans.variant.push(difference.variant);
    else if (difference.kind === 'changed' && difference.respelled) {
      spans.reference.push(difference.reference);
      spans.variant.push(difference.variant);
    }
    else if (difference.kind === 'missing-branch') spans.reference.push(difference.reference);
    else if (difference.kind === 'extra-branch') spans.variant.push(difference.variant);
  }
  return spans;
}

/** Whether an offset lies inside any of the spans (asked many times per list: indexed once, then binary search). */
export function within(spans: readonly Span[], offset: number): boolean {
  if (spans.length < 16) return spans.some((span) => span.start <= offset && offset < span.end);
  let index = spanIndexes.get(spans);
  if (!index) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    // The furthest end of the spans up to each one: an offset is inside one iff that end is past it.
    const reach: number[] = [];
    for (const span of sorted) reach.push(Math.max(span.end, reach.length ? reach[reach.length - 1] : -Infinity));
    index = { starts: sorted.map((span) => span.start), reach };
    spanIndexes.set(spans, index);
  }
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.starts[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 && index.reach[low - 1] > offset;
}
const spanIndexes = new WeakMap<readonly Span[], { starts: number[]; reach: number[] }>();
