import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyDocument, type ParsedDocument } from './model.js';
import { ModelCache } from './model-cache.js';
import { decodeText, parseDocument, type ParseOptions } from './parse/document.js';
import { MIN_FILES_FOR_WORKERS, parseInWorkers } from './parse-pool.js';
import type { DocumentSource } from './site.js';
import type { TreeFile } from './tree/layout.js';

export interface DocumentStoreOptions {
  parse?: ParseOptions;
  /** Models of earlier runs by content hash; null: parse everything. */
  cache?: ModelCache | null;
  /** Worker threads for `preload`; 0 or 1: parse in the main thread. */
  workers?: number;
}

/** A file's model and the content hash of the bytes it was parsed from (null when not asked for or unreadable). */
export interface LoadedDocument {
  doc: ParsedDocument;
  hash: string | null;
  /** False for a file that could not be read (nothing was parsed). */
  parsed: boolean;
}

/**
 * Reads and parses tree files on first use and keeps the result: one parse per file per run.
 * `preload` parses many files at once in worker threads; a cache, when given, is looked up by content
 * hash before parsing. The rules do not notice either.
 */
export class DocumentStore implements DocumentSource {
  private readonly parsed = new Map<string, ParsedDocument>();
  /** Files parsed in this run (not taken from the cache). */
  parseCount = 0;
  /** Of those, how many were parsed in worker threads. */
  parsedInWorkers = 0;
  private readonly cache: ModelCache | null;

  constructor(
    private readonly root: string,
    private readonly options: DocumentStoreOptions = {},
  ) {
    this.cache = options.cache ?? null;
  }

  get(file: TreeFile): ParsedDocument {
    return this.parsed.get(file.path) ?? this.loadHere(file.path);
  }

  /**
   * Loads the models of `files` that are not loaded yet: from the cache, else parsed in worker
   * threads when there are enough of them to pay for starting the workers.
   */
  async preload(files: readonly TreeFile[]): Promise<void> {
    const wanted = [...new Set(files.map((file) => file.path))].filter((relative) => !this.parsed.has(relative));
    const toParse = this.cache ? wanted.filter((relative) => !this.fromCache(relative)) : wanted;
    const workers = this.options.workers ?? 0;
    if (workers < 2 || toParse.length < MIN_FILES_FOR_WORKERS) {
      for (const relative of toParse) this.loadHere(relative);
      return;
    }
    const settings = { root: this.root, options: this.options.parse ?? {}, withHashes: this.cache !== null };
    await parseInWorkers(toParse, settings, workers, (relative, loaded) => {
      if (loaded.parsed) this.parsedInWorkers++;
      this.keep(relative, loaded);
    }, (relative) => this.loadHere(relative));
  }

  /** Writes the cache, if there is one. */
  saveCache(wholeTree: boolean): void {
    this.cache?.save(wholeTree);
  }

  /** Takes a file's model from the cache when its bytes are unchanged; false when it must be parsed. */
  private fromCache(relative: string): boolean {
    const bytes = readBytes(this.root, relative);
    return bytes instanceof Uint8Array && this.cached(relative, bytes, ModelCache.hash(relative, bytes)) !== null;
  }

  private cached(relative: string, bytes: Uint8Array, hash: string): ParsedDocument | null {
    const model = this.cache?.get(hash);
    if (!model) return null;
    const doc = { ...model, path: relative, text: decodeText(bytes).text };
    this.parsed.set(relative, doc);
    return doc;
  }

  private loadHere(relative: string): ParsedDocument {
    const bytes = readBytes(this.root, relative);
    if (!(bytes instanceof Uint8Array)) return this.keep(relative, { doc: unreadableDocument(relative, bytes.message), hash: null, parsed: false });
    const hash = this.cache ? ModelCache.hash(relative, bytes) : null;
    const hit = hash === null ? null : this.cached(relative, bytes, hash);
    return hit ?? this.keep(relative, { doc: parseDocument(relative, bytes, this.options.parse ?? {}), hash, parsed: true });
  }

  private keep(relative: string, loaded: LoadedDocument): ParsedDocument {
    if (loaded.parsed) this.parseCount++;
    if (loaded.hash !== null) this.cache?.set(loaded.hash, loaded.doc);
    this.parsed.set(relative, loaded.doc);
    return loaded.doc;
  }
}

/** Reads and parses one file (in the main thread or a worker); never throws. */
export function loadDocument(root: string, relative: string, options: ParseOptions, withHash: boolean): LoadedDocument {
  const bytes = readBytes(root, relative);
  if (!(bytes instanceof Uint8Array)) return { doc: unreadableDocument(relative, bytes.message), hash: null, parsed: false };
  return { doc: parseDocument(relative, bytes, options), hash: withHash ? ModelCache.hash(relative, bytes) : null, parsed: true };
}

function readBytes(root: string, relative: string): Uint8Array | { message: string } {
  try {
    return readFileSync(path.join(root, relative));
  } catch (error) {
    return { message: describeReadError(error) };
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'This is a folder, not a file; it cannot be checked.';
  if (code === 'EACCES' || code === 'EPERM') return 'The file cannot be read (permission denied).';
  if (code === 'ENOENT') return 'The file disappeared while docs-lint was running.';
  return `The file cannot be read: ${(error as Error).message}`;
}

export function unreadableDocument(relative: string, message: string): ParsedDocument {
  return emptyDocument(relative, '', [{ message, start: 0, end: 0 }]);
}
