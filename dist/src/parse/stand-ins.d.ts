/**
 * `text` with the one character at each offset (ascending) replaced by `standIn(offset)`, a string of the
 * same UTF-16 length: the Markdown pre-passes change what micromark sees and never an offset.
 */
export declare function replaceCharsAt(text: string, offsets: readonly number[], standIn: (offset: number) => string): string;
