import type { Root } from 'mdast';
import type { DelimiterRun, Span } from '../model/document.js';
export interface MarkdownLiterals {
    literalDelimiters: DelimiterRun[];
    html: Span[];
}
/**
 * What the Markdown parser left as it was: emphasis delimiter runs inside text nodes (they did not
 * pair into emphasis) and raw HTML. `masked` is the text the tree was parsed from (offsets are the
 * file's), where Liquid tokens hold no Markdown characters.
 */
export declare function collectMarkdownLiterals(tree: Root, masked: string): MarkdownLiterals;
