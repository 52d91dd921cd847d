import type { ParsedDocument } from './document.js';
/**
 * What in a page survives translation: Liquid tags and blocks, link targets, code, the heading
 * outline. Two variants of one page share most of it; a rewritten source shares little.
 */
export declare function structureKeys(doc: ParsedDocument): string[];
/** How many structure keys two documents share (as multisets), and the size of the larger. */
export declare function structuralOverlap(a: ParsedDocument, b: ParsedDocument): {
    shared: number;
    larger: number;
};
