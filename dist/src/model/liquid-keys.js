/**
 * A condition or argument list written the canonical way: quotes as `"`, no spacing around
 * operators, single spaces elsewhere. `operation.subcategory == 'x'` and `operation.subcategory=="x"` agree.
 */
export function normalizeArgs(args) {
    // The same conditions recur in every page and every translation: normalize each spelling once.
    let normalized = normalizedArgs.get(args);
    if (normalized === undefined) {
        normalized = normalizeArgsOnce(args);
        if (normalizedArgs.size > 100_000)
            normalizedArgs.clear();
        normalizedArgs.set(args, normalized);
    }
    return normalized;
}
const normalizedArgs = new Map();
function normalizeArgsOnce(args) {
    const quoted = [];
    const placeholder = args.replace(/"([^"]*)"|'([^']*)'/g, (_, double, single) => {
        quoted.push(`"${double ?? single ?? ''}"`);
        return `\u0000${quoted.length - 1}\u0000`;
    });
    return placeholder
        // Spaces collapsed first: `\s*(==|…)\s*` rescanned a long run of spaces from each of them.
        .replace(/\s+/g, ' ')
        .replace(/ ?(==|!=|<>|<=|>=|[<>,:|]) ?/g, '$1')
        .trim()
        .replace(/\0(\d+)\0/g, (_, index) => quoted[Number(index)]);
}
export function blockKey(block) {
    return `${block.name} ${normalizeArgs(block.args)}`.trim();
}
/** The key of a plain tag or output, as written in a message: `{% data reusables.x %}`, `{{ x }}`. */
export function tagKey(node) {
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
export function deepBlockKey(block) {
    const cached = deepKeys.get(block);
    if (cached !== undefined)
        return cached;
    // Post-order over the blocks below that have no key yet.
    const order = [];
    const pending = [block];
    while (pending.length) {
        const next = pending.pop();
        order.push(next);
        for (const branch of next.branches)
            for (const child of childBlocks(branch.children))
                if (!deepKeys.has(child))
                    pending.push(child);
    }
    for (let i = order.length - 1; i >= 0; i--) {
        const current = order[i];
        const key = `${blockKey(current)}{${current.branches
            .map((branch, b) => `${b === 0 ? '' : `${blockKey(branch)}:`}[${childBlocks(branch.children).map((child) => internKey(deepKeys.get(child))).join(',')}]`)
            .join('|')}}`;
        deepKeys.set(current, key);
    }
    return deepKeys.get(block);
}
const deepKeys = new WeakMap();
const internedKeys = new Map();
/** A short id that stands for a key: equal keys, equal ids. */
function internKey(key) {
    if (key.length <= 64)
        return key;
    let id = internedKeys.get(key);
    if (id === undefined) {
        id = `#${internedKeys.size}`;
        internedKeys.set(key, id);
    }
    return id;
}
/** The blocks among a container's nodes. */
export function childBlocks(nodes) {
    return nodes.filter((node) => node.type === 'block');
}
