import type { LiquidNode, ParsedDocument, Span } from './document.js';
/** A Liquid token of a variable's value, keyed the way parity rules compare tags. */
export interface ValueTag extends Span {
    key: string;
    /** Whether it opens, continues or closes a block (its order matters, unlike a plain tag's). */
    structural: boolean;
    node: LiquidNode | null;
}
/** One key of a variables file (a mapping key or a list item), by dotted path. */
export interface VariableEntry {
    path: string;
    keyStart: number;
    valueStart: number;
    valueEnd: number;
    /** The value when it is a string; null for groups, lists and other scalars. */
    text: string | null;
    /** The value's Liquid tokens, in order. */
    tags: ValueTag[];
    /** The value's inline code spans, as Markdown reads them. */
    code: string[];
}
/**
 * The keys of a variables file with their values' Liquid and code, computed once per document.
 * Empty when the YAML does not parse (that is parse-error's finding).
 */
export declare function variableEntries(doc: ParsedDocument): Map<string, VariableEntry>;
/** The dotted path that holds an entry (`''` for a top-level key). */
export declare function parentPath(path: string): string;
