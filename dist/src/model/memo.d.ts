import type { ParsedDocument } from './document.js';
/**
 * Memoizes a computation over a (reference, translation) pair of documents: each pair is computed
 * once per run, and forgotten with the documents.
 */
export declare function memoizePair<T>(compute: (reference: ParsedDocument, translation: ParsedDocument) => T): (reference: ParsedDocument, translation: ParsedDocument) => T;
