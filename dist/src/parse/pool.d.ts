import type { LoadedDocument, ReadLimits } from './load.js';
import type { ParseOptions } from './document.js';
export interface PoolSettings {
    root: string;
    limits: ReadLimits;
    options: ParseOptions;
    /** Whether to hash each file's bytes (for the model cache). */
    withHashes: boolean;
}
export interface ParseRequest {
    id: number;
    paths: string[];
}
export interface ParseResponse {
    id: number;
    loaded: LoadedDocument[];
}
/** Below this many files, starting workers costs more than parsing in the main thread. */
export declare const MIN_FILES_FOR_WORKERS = 64;
export declare function defaultWorkerCount(): number;
/**
 * Reads and parses `paths` in `workerCount` worker threads, in about the order given, and calls
 * `onLoaded` with each file's model as batches come back. Resolves when all are done; the workers are
 * then stopped. `isLoaded` tells which files need no parse any more (the main thread took them while
 * they waited): they are not sent. A worker that fails takes no file with it: what it had not returned
 * is parsed here with `parseHere`.
 */
export declare function parseInWorkers(paths: readonly string[], settings: PoolSettings, workerCount: number, onLoaded: (relative: string, loaded: LoadedDocument) => void, parseHere: (relative: string) => void, isLoaded?: (relative: string) => boolean): Promise<void>;
