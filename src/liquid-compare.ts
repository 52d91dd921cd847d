import { alignByKey, diffSequences, placeMissing, type Placement } from './align.js';
import { bodyStart, type LiquidBlock, type LiquidBranch, type LiquidNode, type ParsedDocument, type Span } from './model.js';

/**
 * A condition or argument list written the canonical way: quotes as `"`, no spacing around
 * operators, single spaces elsewhere. `operation.subcategory == 'x'` and `operation.subcategory=="x"` agree.
 */
export function normalizeArgs(args: string): string {
  // The same conditions recur in every page and every translation: normalize each spelling once.
  let normalized = normalizedArgs.get(args);
  if (normalized === undefined) {
    normalized = normalizeArgsOnce(args);
    if (normalizedArgs.size > 100_000) normalizedArgs.clear();
    normalizedArgs.set(args, normalized);
  }
  return normalized;
}
const normalizedArgs = new Map<string, string>();

function normalizeArgsOnce(args: string): string {
  const quoted: string[] = [];
  const placeholder = args.replace(/"([^"]*)"|'([^']*)'/g, (_, double?: string, single?: string) => {
    quoted.push(`"${double ?? single ?? ''}"`);
    return `\u0000${quoted.length - 1}\u0000`;
  });
  return placeholder
    .replace(/\s*(==|!=|<>|<=|>=|<|>|,|:|\|)\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, index: string) => quoted[Number(index)]);
}

export function blockKey(block: Pick<LiquidBlock, 'name' | 'args'>): string {
  return `${block.name} ${normalizeArgs(block.args)}`.trim();
}

/** The key of a plain tag or output, as written in a message: `{% data reusables.x %}`, `{{ x }}`. */
export function tagKey(node: LiquidNode): string {
  if (node.type === 'output') {
    // `{{ site.data.variables.x }}` is the older spelling of `{% data variables.x %}`.
    const legacy = /^site\.data\.([\w.-]+)$/.exec(node.expression.trim());
    return legacy ? `{% data ${legacy[1]} %}` : `{{ ${normalizeArgs(node.expression)} }}`;
  }
  return `{% ${`${node.name} ${normalizeArgs(node.args)}`.trim()} %}`;
}

/** The key of a block with everything it contains, blocks only (its plain tags are another rule's). */
export function deepBlockKey(block: LiquidBlock): string {
  const cached = deepKeys.get(block);
  if (cached !== undefined) return cached;
  const key = `${blockKey(block)}{${block.branches
    .map((branch, i) => `${i === 0 ? '' : `${blockKey(branch)}:`}[${childBlocks(branch.children).map(deepBlockKey).join(',')}]`)
    .join('|')}}`;
  deepKeys.set(block, key);
  return key;
}
const deepKeys = new WeakMap<LiquidBlock, string>();

export function childBlocks(nodes: readonly LiquidNode[]): LiquidBlock[] {
  return nodes.filter((node): node is LiquidBlock => node.type === 'block');
}

/** Two containers (the file, or matched branches of matched blocks) whose contents correspond. */
export interface ContainerPair {
  reference: readonly LiquidNode[];
  variant: readonly LiquidNode[];
  /** Where the variant's container body starts (for reporting what is missing from an empty one). */
  variantStart: number;
}

export type BlockDifference =
  | { kind: 'missing'; reference: LiquidBlock; place: Placement }
  | { kind: 'extra'; variant: LiquidBlock }
  | { kind: 'moved'; reference: LiquidBlock; variant: LiquidBlock }
  | { kind: 'changed'; reference: LiquidBlock; variant: LiquidBlock }
  /** The translation put `inner` (which matches the reference's block) inside a new block `variant`. */
  | { kind: 'wrapped'; reference: LiquidBlock; variant: LiquidBlock }
  /** The translation dropped the reference's block `reference` but kept what it wrapped. */
  | { kind: 'unwrapped'; reference: LiquidBlock; variant: LiquidBlock }
  | { kind: 'missing-branch'; reference: LiquidBranch; at: number; block: LiquidBlock }
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
export function alignLiquid(reference: readonly LiquidNode[], variant: readonly LiquidNode[], variantStart = 0): LiquidAlignment {
  const result: LiquidAlignment = { containers: [], differences: [] };
  alignContainer(reference, variant, variantStart, result);
  return result;
}

const alignments = new WeakMap<ParsedDocument, WeakMap<ParsedDocument, LiquidAlignment>>();

/**
 * The Liquid alignment of a translation with a reference document, computed once per pair and
 * shared by every parity rule that needs it.
 */
export function alignDocuments(reference: ParsedDocument, translation: ParsedDocument): LiquidAlignment {
  let byTranslation = alignments.get(reference);
  if (!byTranslation) {
    byTranslation = new WeakMap();
    alignments.set(reference, byTranslation);
  }
  let alignment = byTranslation.get(translation);
  if (!alignment) {
    alignment = alignLiquid(reference.liquid, translation.liquid, bodyStart(translation));
    byTranslation.set(translation, alignment);
  }
  return alignment;
}

function alignContainer(reference: readonly LiquidNode[], variant: readonly LiquidNode[], variantStart: number, result: LiquidAlignment): void {
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
    for (const block of [...missing]) {
      const twin = extra.find((candidate) => key(candidate) === key(block));
      if (!twin) continue;
      result.differences.push({ kind: 'moved', reference: block, variant: twin });
      matched.push([block, twin]);
      missing = missing.filter((b) => b !== block);
      extra = extra.filter((b) => b !== twin);
    }
  };
  takeMoved(deepBlockKey);
  // Among the rest: the same opening tag in order (contents differ) ...
  const byTag = alignByKey(missing.map(blockKey), extra.map(blockKey));
  for (const [r, v] of byTag.pairs) matched.push([missing[r], extra[v]]);
  missing = byTag.missing.map((i) => missing[i]);
  extra = byTag.extra.map((i) => extra[i]);
  // ... the same opening tag out of order ...
  takeMoved(blockKey);
  // ... and the same block name in the same gap: its condition changed.
  const byName = diffSequences(missing.map((b) => b.name), extra.map((b) => b.name));
  for (const [r, v] of [...byName.pairs, ...byName.changed]) {
    result.differences.push({ kind: 'changed', reference: missing[r], variant: extra[v] });
    matched.push([missing[r], extra[v]]);
  }
  missing = byName.missing.map((i) => missing[i]);
  extra = byName.extra.map((i) => extra[i]);

  // A block that one side has around a block both have: one finding for the wrapper, and the
  // wrapped blocks are compared with each other.
  for (const outer of [...extra]) {
    const inner = missing.find((block) => wraps(outer, block));
    if (!inner) continue;
    result.differences.push({ kind: 'wrapped', reference: inner, variant: outer });
    matched.push([inner, childBlocks(outer.branches[0].children)[0]]);
    missing = missing.filter((b) => b !== inner);
    extra = extra.filter((b) => b !== outer);
  }
  for (const outer of [...missing]) {
    const inner = extra.find((block) => wraps(outer, block));
    if (!inner) continue;
    result.differences.push({ kind: 'unwrapped', reference: outer, variant: inner });
    matched.push([childBlocks(outer.branches[0].children)[0], inner]);
    missing = missing.filter((b) => b !== outer);
    extra = extra.filter((b) => b !== inner);
  }
  for (const block of missing) {
    result.differences.push({ kind: 'missing', reference: block, place: insertionPlace(block, matched, variantStart) });
  }
  for (const block of extra) result.differences.push({ kind: 'extra', variant: block });
  for (const [r, v] of matched) alignBranches(r, v, result);
}

function alignBranches(reference: LiquidBlock, variant: LiquidBlock, result: LiquidAlignment): void {
  const alignment = alignByKey(
    reference.branches.map((b, i) => (i === 0 ? '' : blockKey(b))),
    variant.branches.map((b, i) => (i === 0 ? '' : blockKey(b))),
  );
  for (const [r, v] of alignment.pairs) {
    alignContainer(reference.branches[r].children, variant.branches[v].children, variant.branches[v].bodyStart, result);
  }
  for (const r of alignment.missing) {
    const before = alignment.pairs.filter(([pr]) => pr < r).pop();
    const at = before ? variant.branches[before[1]].end : variant.openEnd;
    result.differences.push({ kind: 'missing-branch', reference: reference.branches[r], at, block: variant });
  }
  for (const v of alignment.extra) result.differences.push({ kind: 'extra-branch', variant: variant.branches[v], block: variant });
}

/** Whether `outer` is a one-branch block whose only block is `inner`'s twin. */
function wraps(outer: LiquidBlock, inner: LiquidBlock): boolean {
  if (outer.branches.length !== 1) return false;
  const children = childBlocks(outer.branches[0].children);
  return children.length === 1 && blockKey(children[0]) === blockKey(inner);
}

/** Where a missing block belongs in the translation: next to the nearer of its matched neighbours. */
function insertionPlace(block: LiquidBlock, matched: readonly [LiquidBlock, LiquidBlock][], containerStart: number): Placement {
  let previous: [LiquidBlock, LiquidBlock] | null = null;
  let next: [LiquidBlock, LiquidBlock] | null = null;
  for (const pair of matched) {
    if (pair[0].start < block.start && (!previous || pair[0].start > previous[0].start)) previous = pair;
    if (pair[0].start > block.start && (!next || pair[0].start < next[0].start)) next = pair;
  }
  return placeMissing(
    block,
    previous && { reference: previous[0], variant: previous[1] },
    next && { reference: next[0], variant: next[1] },
    containerStart,
  );
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
    else if (difference.kind === 'missing-branch') spans.reference.push(difference.reference);
    else if (difference.kind === 'extra-branch') spans.variant.push(difference.variant);
  }
  return spans;
}

export function within(spans: readonly Span[], offset: number): boolean {
  return spans.some((span) => span.start <= offset && offset < span.end);
}
