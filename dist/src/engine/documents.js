import { realpathSync } from 'node:fs';
import { decodeText, parseDocument, readFrontMatterData } from '../parse/document.js';
import { contentHash, DEFAULT_MAX_FILE_SIZE, readBytes, unreadableDocument } from '../parse/load.js';
import { MIN_FILES_FOR_WORKERS, parseInWorkers } from '../parse/pool.js';
/**
 * Reads and parses tree files on first use and keeps the result: one parse per file per run.
 * `preload` parses many files at once in worker threads; a cache, when given, is looked up by content
 * hash before parsing. The rules do not notice either.
 */
export class DocumentStore {
    root;
    options;
    parsed = new Map();
    /** Files a `preload` has given to the worker threads and not got back yet. */
    inWorkers = new Set();
    /** What the caller of `ready` waits for (one caller at a time: the engine checks one page after another). */
    waiting = null;
    /** Content hashes of the files read in this run (with a cache only). */
    hashes = new Map();
    /** Files parsed in this run (not taken from the cache). */
    parseCount = 0;
    /** Of those, how many were parsed in worker threads. */
    parsedInWorkers = 0;
    cache;
    limits;
    constructor(root, options = {}) {
        this.root = root;
        this.options = options;
        this.cache = options.cache ?? null;
        this.limits = { realRoot: realpathSync(root), maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE };
    }
    get(file) {
        const known = this.parsed.get(file.path);
        if (known)
            return known;
        // Refused when the tree was listed (a link out of the root): never read.
        if (file.refused)
            return this.keep(file.path, { doc: unreadableDocument(file.path, file.refused), hash: null, parsed: false });
        return this.loadHere(file.path);
    }
    /** A page's front matter data: from its model when it is loaded, else read without parsing the Markdown. */
    frontMatter(file) {
        const known = this.parsed.get(file.path);
        if (known)
            return known.yaml?.data;
        if (file.refused)
            return undefined;
        const bytes = readBytes(this.root, file.path, this.limits);
        return bytes instanceof Uint8Array ? readFrontMatterData(bytes) : undefined;
    }
    /**
     * Loads the models of `files` that are not loaded yet, in about their order: from the cache, else
     * parsed in worker threads when there are enough of them to pay for starting the workers. Resolves
     * when all are loaded; meanwhile `ready` tells when some of them are, so that the main thread can
     * check those while the workers parse the rest.
     */
    async preload(files) {
        for (const file of files)
            if (file.refused && !this.parsed.has(file.path))
                this.get(file);
        const wanted = [...new Set(files.map((file) => file.path))].filter((relative) => !this.parsed.has(relative));
        const toParse = this.cache ? wanted.filter((relative) => !this.fromCache(relative)) : wanted;
        const workers = this.options.workers ?? 0;
        if (workers < 2 || toParse.length < MIN_FILES_FOR_WORKERS) {
            for (const relative of toParse)
                this.loadHere(relative);
            return;
        }
        const settings = { root: this.root, limits: this.limits, options: this.options.parse ?? {}, withHashes: this.cache !== null };
        for (const relative of toParse)
            this.inWorkers.add(relative);
        try {
            await parseInWorkers(toParse, settings, workers, (relative, loaded) => {
                // The main thread may have needed it first (a rule read a file the workers had not reached).
                if (this.parsed.has(relative))
                    return;
                if (loaded.parsed)
                    this.parsedInWorkers++;
                this.keep(relative, loaded);
            }, (relative) => this.parsed.has(relative) || this.loadHere(relative), (relative) => this.parsed.has(relative));
        }
        finally {
            this.inWorkers.clear();
            this.wake();
        }
    }
    /** Resolves when every file of `paths` that a `preload` is loading has been loaded. */
    ready(paths) {
        const missing = new Set();
        for (const relative of paths)
            if (this.inWorkers.has(relative) && !this.parsed.has(relative))
                missing.add(relative);
        if (missing.size === 0)
            return Promise.resolve();
        return new Promise((resolve) => {
            this.waiting = { missing, resolve };
        });
    }
    /** Lets the caller of `ready` go on. */
    wake() {
        this.waiting?.resolve();
        this.waiting = null;
    }
    /** Forgets a file's model (no rule will read it again); should one, it is read and parsed again. */
    release(relative) {
        this.parsed.delete(relative);
    }
    /** Looks models up in this cache (and keeps new ones there) from now on. */
    useCache(cache) {
        this.cache = cache;
    }
    /** Writes the cache, if there is one. */
    saveCache(wholeTree) {
        this.cache?.save(wholeTree);
    }
    /**
     * A file's content hash as this run reads it (`!` and the reason when it cannot be read), read once:
     * what cached findings are checked against. Only with a cache.
     */
    contentHash(relative) {
        let hash = this.hashes.get(relative);
        if (hash === undefined) {
            const bytes = readBytes(this.root, relative, this.limits);
            hash = bytes instanceof Uint8Array ? contentHash(relative, bytes) : `!${bytes.message}`;
            this.hashes.set(relative, hash);
        }
        this.cache?.keepModel(hash);
        return hash;
    }
    /** Takes a file's model from the cache when its bytes are unchanged; false when it must be parsed. */
    fromCache(relative) {
        const bytes = readBytes(this.root, relative, this.limits);
        return bytes instanceof Uint8Array && this.cached(relative, bytes, contentHash(relative, bytes)) !== null;
    }
    cached(relative, bytes, hash) {
        this.hashes.set(relative, hash);
        const model = this.cache?.getModel(hash);
        if (!model)
            return null;
        const doc = { ...model, path: relative, text: decodeText(bytes).text };
        this.parsed.set(relative, doc);
        return doc;
    }
    loadHere(relative) {
        const bytes = readBytes(this.root, relative, this.limits);
        if (!(bytes instanceof Uint8Array))
            return this.keep(relative, { doc: unreadableDocument(relative, bytes.message), hash: null, parsed: false });
        const hash = this.cache ? contentHash(relative, bytes) : null;
        const hit = hash === null ? null : this.cached(relative, bytes, hash);
        return hit ?? this.keep(relative, { doc: parseDocument(relative, bytes, this.options.parse ?? {}), hash, parsed: true });
    }
    keep(relative, loaded) {
        if (loaded.parsed)
            this.parseCount++;
        if (this.waiting?.missing.delete(relative) && this.waiting.missing.size === 0)
            this.wake();
        if (loaded.hash !== null) {
            this.hashes.set(relative, loaded.hash);
            this.cache?.setModel(loaded.hash, loaded.doc);
        }
        this.parsed.set(relative, loaded.doc);
        return loaded.doc;
    }
}
