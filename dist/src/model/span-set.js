/**
 * Spans sorted and merged once, so that each "does this overlap one of them?" is a binary search:
 * a rule asks it once per finding, and a page can have as many findings as spans.
 */
export class SpanSet {
    merged = [];
    constructor(spans) {
        for (const span of [...spans].sort((a, b) => a.start - b.start)) {
            const last = this.merged.at(-1);
            if (last && span.start <= last.end)
                last.end = Math.max(last.end, span.end);
            else
                this.merged.push({ start: span.start, end: span.end });
        }
    }
    /** Whether [start, end) shares a character with a span (an empty range: whether a span holds `start`). */
    overlaps(start, end = start + 1) {
        const last = Math.max(end, start + 1);
        // The first merged span that ends after `start`.
        let low = 0;
        let high = this.merged.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.merged[middle].end <= start)
                low = middle + 1;
            else
                high = middle;
        }
        return low < this.merged.length && this.merged[low].start < last;
    }
    /** Whether `offset` is inside a span. */
    has(offset) {
        return this.overlaps(offset, offset + 1);
    }
}
