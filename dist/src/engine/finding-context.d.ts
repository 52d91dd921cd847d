import type { ParsedDocument } from '../model/document.js';
/**
 * The text a finding sits in, which identifies it without a line number: baselines and SARIF
 * fingerprints key on it, so that edits elsewhere in the file (which move lines) leave it unchanged.
 */
export interface FindingContext {
    /** The finding's line, trimmed: at most CONTEXT_RADIUS code units either side of its column. */
    line: string;
    /** The flagged text, at most SPAN_LIMIT code units (empty for a point), with LF line breaks. */
    span: string;
}
export declare function findingContext(doc: Pick<ParsedDocument, 'text' | 'lineStarts'>, start: number, end: number): FindingContext;
