import type { ParsedDocument } from '../model/document.js';
/**
 * Bump when the document model, the parsers or the cache's layout change what they hold: every
 * cache of an older format is then thrown away. (The tool version is part of the key too, but a
 * development build keeps its version across such changes.)
 */
export declare const CACHE_FORMAT_VERSION = 3;
export declare const DEFAULT_CACHE_LOCATION = ".docs-lint-cache";
/** What a cached model leaves out: the text comes from the file's bytes, the path from the tree. */
export type CachedModel = Omit<ParsedDocument, 'text' | 'path'>;
/**
 * A file's findings from an earlier run and what they were computed from: the content hash of every
 * file its rules read (itself, its source, siblings, link targets, reusables). They stand while each
 * of those files still has that hash and the run's key (tree listing, configuration, ...) is the same.
 */
export interface CachedFindings<Message> {
    reads: Array<[path: string, hash: string]>;
    messages: Message[];
}
/**
 * What earlier runs worked out, in one v8-serialized file written atomically: the document model of
 * each file by content hash (a file whose bytes did not change is not parsed again, wherever it lives
 * in the tree) and each file's findings with what they depend on (an unchanged file whose inputs did
 * not change is not checked again). A file that is missing, truncated, corrupt or written by another
 * version is ignored and replaced.
 */
export declare class LintCache<Message = unknown> {
    readonly location: string;
    private readonly key;
    private readonly findingsKey;
    private readonly findings;
    private modelBytes;
    private loadedModels;
    private readonly usedModels;
    private readonly keptFindings;
    private changed;
    private constructor();
    /**
     * Opens the cache at `location` for runs with this tool version and configuration fingerprint.
     * `findingsKey` sums up what findings depend on besides the files their rules read (the tree's
     * listing, the options, the English variables, the git history): under another one, models are
     * reused but every file is checked again.
     */
    static open<Message>(location: string, toolVersion: string, configFingerprint: string, findingsKey: string): LintCache<Message>;
    getModel(hash: string): CachedModel | undefined;
    setModel(hash: string, doc: ParsedDocument): void;
    /** Keeps the model of a file this run read without parsing it (its findings were taken from the cache). */
    keepModel(hash: string): void;
    /** The cached findings of a file, if they still stand: `hashOf` gives a path's content hash in this run. */
    findingsOf(relativePath: string, hashOf: (relativePath: string) => string): Message[] | null;
    setFindings(relativePath: string, entry: CachedFindings<Message>): void;
    /**
     * Writes the cache when anything changed. After a run over the whole tree only what it used is kept
     * (so the file does not grow with every edit); after a partial run, everything.
     */
    save(wholeTree: boolean): void;
    /** The models, deserialized on first use. */
    private models;
}
