import type { LiquidBlock, LiquidNode } from './document.js';

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
    // Spaces collapsed first: `\s*(==|…)\s*` rescanned a long run of spaces from each of them.
    .replace(/\s+/g, ' ')
    .replace(/ ?(==|!=|<>|<=|>=|[<>,:|]) ?/g, '$1')
    .trim()
    .replace(/\0(\d+)\0/g, (_, index: string) => quoted[Number(index)]);
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

/**
 * The key of a block with everything it contains, blocks only (its plain tags are another rule's).
 * Nested blocks stand in it by a short id of their own key, so keys stay short however deep the
 * nesting, and they are computed bottom up without recursion.
 */
export function deepBlockKey(block: LiquidBlock): string {
  const cached = deepKeys.get(block);
  if (cached !== undefined) return cached;
  // Post-order over the blocks below that have no key yet.
  const order: LiquidBlock[] = [];
  const pending: LiquidBlock[] = [block];
  while (pending.length) {
    const next = pending.pop() as LiquidBlock;
    order.push(next);
    for (const branch of next.branches) for (const child of childBlocks(branch.children)) if (!deepKeys.has(child)) pending.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const current = order[i];
    const key = `${blockKey(current)}{${current.branches
      .map((branch, b) => `${b === 0 ? '' : `${blockKey(branch)}:`}[${childBlocks(branch.children).map((child) => internKey(deepKeys.get(child) as string)).join(',')}]`)
      .join('|')}}`;
    deepKeys.set(current, key);
  }
  return deepKeys.get(block) as string;
}
const deepKeys = new WeakMap<LiquidBlock, string>();
const internedKeys = new Map<string, string>();

/** A short id that stands for a key: equal keys, equal ids. */
function internKey(key: string): string {
  if (key.length <= 64) return key;
  let id = internedKeys.get(key);
  if (id === undefined) {
    id = `#${internedKeys.size}`;
    internedKeys.set(key, id);
  }
  return id;
}

/** The blocks among a container's nodes. */
export function childBlocks(nodes: readonly LiquidNode[]): LiquidBlock[] {
  return nodes.filter((node): node is LiquidBlock => node.type === 'block');
}
