/**
 * The document model: what one parse of one file yields. Every position is a UTF-16 offset into
 * `ParsedDocument.text` (the file's text after a BOM is removed); `locate()` turns it into a
 * 1-based line and column. The model is plain data (no class instances, no functions) so that it can be
 * built in a worker thread, sent by structured clone and cached by content hash.
 */
export const SOURCE_LANGUAGE = 'en';
/** Where the body of a file starts: after its front matter (and the line break that ends it). */
export function bodyStart(doc) {
    if (!doc.yaml || doc.path.endsWith('.yml') || doc.path.endsWith('.yaml'))
        return 0;
    const end = doc.yaml.end;
    return doc.text.startsWith('\r\n', end) ? end + 2 : doc.text.startsWith('\n', end) || doc.text.startsWith('\r', end) ? end + 1 : end;
}
/** A file that could not be read at all (binary, unreadable, a folder): it has its parse error and nothing else. */
export function isUnreadable(doc) {
    return doc.text === '' && doc.problems.length > 0;
}
/** A document with nothing parsed yet: the start of every parse, and all there is of an unreadable file. */
export function emptyDocument(path, text, problems) {
    return {
        path,
        text,
        lineStarts: computeLineStarts(text),
        hasBom: false,
        yaml: null,
        liquid: [],
        liquidProblems: [],
        headings: [],
        links: [],
        code: [],
        anchors: [],
        blocks: [],
        problems,
    };
}
/** 1-based line and column (in UTF-16 code units, like ESLint) of an offset. */
export function locate(doc, offset) {
    const starts = doc.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
}
export function computeLineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
