import { type ParsedDocument } from '../model/document.js';
import { type ParseOptions } from './document.js';
/** Files larger than this are not read (a generated dump, a misplaced binary): 10 MiB. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** What a read may touch: files under the real root, up to a size. */
export interface ReadLimits {
    /** The root with symbolic links resolved. */
    realRoot: string;
    maxFileSize: number;
}
/** A file's model and the content hash of the bytes it was parsed from (null when not asked for or unreadable). */
export interface LoadedDocument {
    doc: ParsedDocument;
    hash: string | null;
    /** False for a file that could not be read (nothing was parsed). */
    parsed: boolean;
}
/** The key a file's model is cached under: its bytes and the parser they go to (a cache hit needs both). */
export declare function contentHash(relativePath: string, bytes: Uint8Array): string;
/** Reads and parses one file (in the main thread or a worker); never throws. */
export declare function loadDocument(root: string, relative: string, limits: ReadLimits, options: ParseOptions, withHash: boolean): LoadedDocument;
/** A file's bytes, or why they are not read. Checks where it leads and its size before reading. */
export declare function readBytes(root: string, relative: string, limits: ReadLimits): Uint8Array | {
    message: string;
};
export declare function unreadableDocument(relative: string, message: string): ParsedDocument;
