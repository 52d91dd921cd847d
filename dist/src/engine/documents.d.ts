import type { ParsedDocument } from '../model/document.js';
import type { TreeFile } from '../model/layout.js';
import type { DocumentSource } from '../model/site.js';
import { type ParseOptions } from '../parse/document.js';
import type { LintCache } from './cache.js';
export interface DocumentStoreOptions {
    parse?: ParseOptions;
    /** Models of earlier runs by content hash; null: parse everything. */
    cache?: LintCache | null;
    /** Worker threads for `preload`; 0 or 1: parse in the main thread. */
    workers?: number;
    /** Files larger than this many bytes are reported and not read (default 10 MiB). */
    maxFileSize?: number;
}
/**
 * Reads and parses tree files on first use and keeps the result: one parse per file per run.
 * `preload` parses many files at once in worker threads; a cache, when given, is looked up by content
 * hash before parsing. The rules do not notice either.
 */
export declare class DocumentStore implements DocumentSource {
    private readonly root;
    private readonly options;
    private readonly parsed;
    /** Files a `preload` has given to the worker threads and not got back yet. */
    private readonly inWorkers;
    /** What the caller of `ready` waits for (one caller at a time: the engine checks one page after another). */
    private waiting;
    /** Content hashes of the files read in this run (with a cache only). */
    private readonly hashes;
    /** Files parsed in this run (not taken from the cache). */
    parseCount: number;
    /** Of those, how many were parsed in worker threads. */
    parsedInWorkers: number;
    private cache;
    private readonly limits;
    constructor(root: string, options?: DocumentStoreOptions);
    get(file: TreeFile): ParsedDocument;
    /** A page's front matter data: from its model when it is loaded, else read without parsing the Markdown. */
    frontMatter(file: TreeFile): unknown;
    /**
     * Loads the models of `files` that are not loaded yet, in about their order: from the cache, else
     * parsed in worker threads when there are enough of them to pay for starting the workers. Resolves
     * when all are loaded; meanwhile `ready` tells when some of them are, so that the main thread can
     * check those while the workers parse the rest.
     */
    preload(files: readonly TreeFile[]): Promise<void>;
    /** Resolves when every file of `paths` that a `preload` is loading has been loaded. */
    ready(paths: Iterable<string>): Promise<void>;
    /** Lets the caller of `ready` go on. */
    private wake;
    /** Forgets a file's model (no rule will read it again); should one, it is read and parsed again. */
    release(relative: string): void;
    /** Looks models up in this cache (and keeps new ones there) from now on. */
    useCache(cache: LintCache | null): void;
    /** Writes the cache, if there is one. */
    saveCache(wholeTree: boolean): void;
    /**
     * A file's content hash as this run reads it (`!` and the reason when it cannot be read), read once:
     * what cached findings are checked against. Only with a cache.
     */
    contentHash(relative: string): string;
    /** Takes a file's model from the cache when its bytes are unchanged; false when it must be parsed. */
    private fromCache;
    private cached;
    private loadHere;
    private keep;
}
