import type { Span } from './document.js';
/**
 * Spans sorted and merged once, so that each "does this overlap one of them?" is a binary search:
 * a rule asks it once per finding, and a page can have as many findings as spans.
 */
export declare class SpanSet {
    private readonly merged;
    constructor(spans: readonly Span[]);
    /** Whether [start, end) shares a character with a span (an empty range: whether a span holds `start`). */
    overlaps(start: number, end?: number): boolean;
    /** Whether `offset` is inside a span. */
    has(offset: number): boolean;
}
