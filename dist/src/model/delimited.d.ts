/**
 * Finds what `open.*?close|open2.*?close2|…` (global) would match, in one pass. The regex retries its
 * lazy scan from every opener, so a line of openers without a closer costs its length squared; here
 * each "next closer after p" search starts where the previous one ended.
 */
export interface Delimiter {
    /** A global regex for the opening delimiter. */
    open: RegExp;
    /** A global regex for the closing delimiter; the match ends at the first one after the opener. */
    close: RegExp;
    /** Whether a line break may come between them (the `s` flag). */
    multiline: boolean;
}
export interface DelimitedMatch {
    start: number;
    end: number;
    /** The index in the delimiters given. */
    kind: number;
    /** Between the delimiters. */
    inner: string;
}
export declare function findDelimited(text: string, delimiters: readonly Delimiter[]): DelimitedMatch[];
/** `text` with each match replaced. */
export declare function replaceDelimited(text: string, delimiters: readonly Delimiter[], replace: (match: DelimitedMatch) => string): string;
/** `{%…%}` and `{{…}}`, on one line or across lines. */
export declare const liquidDelimiters: (multiline: boolean) => Delimiter[];
