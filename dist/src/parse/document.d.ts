import { type ParsedDocument, type ParseProblem } from '../model/document.js';
import { type LiquidVocabulary } from './liquid-vocabulary.js';
export interface DecodedText {
    text: string;
    hasBom: boolean;
    problems: ParseProblem[];
    /** True when the bytes are not text at all; nothing else is parsed. */
    binary: boolean;
}
/** Decodes UTF-8, dropping a BOM; invalid bytes become a problem at their position, not an exception. */
export declare function decodeText(bytes: Uint8Array): DecodedText;
export interface ParseOptions {
    vocabulary?: LiquidVocabulary;
}
/**
 * Parses one file into the document model. Never throws: whatever cannot be parsed becomes a problem
 * with a position, and the rest of the model is still filled in as far as it can be.
 */
export declare function parseDocument(path: string, bytes: Uint8Array, options?: ParseOptions): ParsedDocument;
/**
 * The data of a Markdown file's front matter, read without parsing the Markdown (a fraction of the
 * cost): what a question about every page's front matter (`redirect_from`) needs. Undefined when the
 * file has none or it is not valid YAML; the full parse reports that.
 */
export declare function readFrontMatterData(bytes: Uint8Array): unknown;
