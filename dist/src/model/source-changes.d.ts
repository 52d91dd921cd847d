import { type ParsedDocument } from './document.js';
/** A part of a page a translator can find: the text under one h2 to h4 heading, or before the first. */
export interface Section {
    /** The heading's text as written; empty for the introduction (the text before the first heading). */
    heading: string;
    depth: number;
    /** The section's text with whitespace runs collapsed, so that rewrapping is not a change. */
    text: string;
}
/** The h2 to h4 sections of a Markdown document, after its front matter, in order. */
export declare function sectionsOf(doc: ParsedDocument): Section[];
/**
 * What changed between an old and the current version of a source, as a translator would look for
 * it: `the front matter`, `the introduction`, and quoted headings of changed sections (marked
 * `(new)` or `(removed)`), in the current order; for a variables file, the changed keys.
 * Empty when the two are the same but for whitespace (a change that was reverted).
 * `display` turns a heading as written into what the reader sees (variables resolved).
 */
export declare function describeChanges(old: ParsedDocument, current: ParsedDocument, display?: (heading: string) => string): string[];
