import type { LiquidNode, LiquidProblem, Span } from '../model/document.js';
import { type LiquidVocabulary } from './liquid-vocabulary.js';
export type LiquidToken = (Span & {
    type: 'tag';
    name: string;
    args: string;
}) | (Span & {
    type: 'output';
    expression: string;
}) | (Span & {
    type: 'text';
});
export interface TokenizeResult {
    tokens: LiquidToken[];
    problems: LiquidProblem[];
}
/**
 * Tokenizes with liquidjs and keeps going after an error: an unclosed `{%` or `{{` is reported and
 * read as text, so every error in the file is found, not only the first. Text tokens are the gaps
 * between the delimited ones.
 */
export declare function tokenizeLiquid(text: string): TokenizeResult;
export interface LiquidTreeResult {
    nodes: LiquidNode[];
    problems: LiquidProblem[];
    /** Every delimited token (tags, outputs, end tags), in order: what the Markdown parser must mask. */
    tokenSpans: Span[];
}
/** Builds the block tree of a file's Liquid and records every structural problem it meets. */
export declare function parseLiquid(text: string, vocabulary?: LiquidVocabulary): LiquidTreeResult;
export { walkLiquid } from '../model/liquid-walk.js';
