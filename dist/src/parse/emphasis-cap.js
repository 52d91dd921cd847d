import { replaceCharsAt } from './stand-ins.js';
/**
 * micromark resolves emphasis by walking back over every earlier delimiter of the paragraph for each
 * one that can close, so a paragraph of n `*` and `_` costs n² (a pasted `*_*_*_…` line of 100 KB takes
 * minutes). Past this many in one paragraph (no real paragraph comes near it), the rest are masked as
 * text before micromark sees them: they unmask to themselves in every value, and are simply not read as
 * emphasis.
 */
export const MAX_EMPHASIS_DELIMITERS = 2_000;
/**
 * `masked` with the `*` and `_` of each paragraph (lines between blank lines) past the first
 * MAX_EMPHASIS_DELIMITERS replaced by `star` and `underscore`, stand-ins of the same length. One pass.
 */
export function capEmphasisDelimiters(masked, star, underscore) {
    let count = 0;
    let lineHasText = false;
    const past = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked[i];
        if (c === '\n') {
            if (!lineHasText)
                count = 0;
            lineHasText = false;
        }
        else if (c !== ' ' && c !== '\t' && c !== '\r') {
            lineHasText = true;
            if ((c === '*' || c === '_') && ++count > MAX_EMPHASIS_DELIMITERS)
                past.push(i);
        }
    }
    return replaceCharsAt(masked, past, (at) => (masked[at] === '*' ? star : underscore));
}
