import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
/** Parses YAML that starts at `offset` in the file, keeping the position of every key. */
export function parseYaml(source, offset) {
    const model = { start: offset, end: offset + source.length, data: undefined, errors: [], positions: {} };
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: true });
    for (const error of document.errors) {
        // An error at the end of the input may point one past it: keep it inside the text.
        const [start, end] = error.pos.map((at) => Math.min(at, source.length));
        model.errors.push({ message: error.message.split('\n')[0], start: offset + start, end: offset + Math.max(end, start) });
    }
    if (document.errors.length > 0)
        return model;
    try {
        model.data = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        model.errors.push({ message: error instanceof Error ? error.message : String(error), start: offset, end: offset });
        return model;
    }
    collectPositions(document.contents, '', offset, model.positions);
    return model;
}
function collectPositions(node, path, offset, into) {
    if (isMap(node)) {
        for (const pair of node.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
            const keyRange = pair.key?.range;
            const value = pair.value;
            const childPath = path ? `${path}.${key}` : key;
            const keyStart = offset + (keyRange?.[0] ?? 0);
            into[childPath] = {
                keyStart,
                valueStart: value?.range ? offset + value.range[0] : keyStart,
                valueEnd: value?.range ? offset + value.range[1] : keyStart,
            };
            collectPositions(value, childPath, offset, into);
        }
    }
    else if (isSeq(node)) {
        node.items.forEach((item, index) => {
            const range = item?.range;
            if (!range)
                return;
            const childPath = path ? `${path}.${index}` : String(index);
            into[childPath] = { keyStart: offset + range[0], valueStart: offset + range[0], valueEnd: offset + range[1] };
            collectPositions(item, childPath, offset, into);
        });
    }
}
