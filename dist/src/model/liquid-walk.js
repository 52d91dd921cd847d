/**
 * Visits every node of a Liquid tree, depth first, in document order. Iterative: a nesting depth of
 * thousands neither overflows the stack nor costs a generator per level for every node.
 */
export function* walkLiquid(nodes) {
    const pending = [...nodes].reverse();
    while (pending.length) {
        const node = pending.pop();
        yield node;
        if (node.type !== 'block')
            continue;
        for (let b = node.branches.length - 1; b >= 0; b--) {
            const children = node.branches[b].children;
            for (let c = children.length - 1; c >= 0; c--)
                pending.push(children[c]);
        }
    }
}
