import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedDocument } from '../model/document.js';
import { makeFolders } from '../model/folders.js';

/**
 * Bump when the document model, the parsers or the cache's layout change what they hold: every
 * cache of an older format is then thrown away. (The tool version is part of the key too, but a
 * development build keeps its version across such changes.)
 */
export const CACHE_FORMAT_VERSION = 3;

export const DEFAULT_CACHE_LOCATION = '.docs-lint-cache';

const FORMAT = 'docs-lint-cache';

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

interface CacheFile<Message> {
  format: typeof FORMAT;
  /** Tool version, cache format and configuration: a cache written under other ones is not used. */
  key: string;
  /** What findings depend on beyond the files they read (see `LintCache.open`). */
  findingsKey: string;
  findings: Map<string, CachedFindings<Message>>;
  /** The models, v8-serialized on their own: a run whose findings all stand never deserializes them. */
  models: Uint8Array;
}

/**
 * What earlier runs worked out, in one v8-serialized file written atomically: the document model of
 * each file by content hash (a file whose bytes did not change is not parsed again, wherever it lives
 * in the tree) and each file's findings with what they depend on (an unchanged file whose inputs did
 * not change is not checked again). A file that is missing, truncated, corrupt or written by another
 * version is ignored and replaced.
 */
export class LintCache<Message = unknown> {
  private modelBytes: Uint8Array | null;
  private loadedModels: Map<string, CachedModel> | null = null;
  private readonly usedModels = new Set<string>();
  private readonly keptFindings = new Set<string>();
  private changed: boolean;

  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly findingsKey: string,
    private readonly findings: Map<string, CachedFindings<Message>>,
    modelBytes: Uint8Array | null,
    wasValid: boolean,
  ) {
    this.modelBytes = modelBytes;
    // An unreadable or foreign cache file is rewritten even if nothing needs checking.
    this.changed = !wasValid;
  }

  /**
   * Opens the cache at `location` for runs with this tool version and configuration fingerprint.
   * `findingsKey` sums up what findings depend on besides the files their rules read (the tree's
   * listing, the options, the English variables, the git history): under another one, models are
   * reused but every file is checked again.
   */
  static open<Message>(location: string, toolVersion: string, configFingerprint: string, findingsKey: string): LintCache<Message> {
    const key = `${toolVersion}\u0000${CACHE_FORMAT_VERSION}\u0000${configFingerprint}`;
    const file = readCacheFile<Message>(location, key);
    const findings = file && file.findingsKey === findingsKey ? file.findings : new Map<string, CachedFindings<Message>>();
    return new LintCache(location, key, findingsKey, findings, file?.models ?? null, file !== null);
  }


  getModel(hash: string): CachedModel | undefined {
    const model = this.models().get(hash);
    if (model) this.usedModels.add(hash);
    return model;
  }

  setModel(hash: string, doc: ParsedDocument): void {
    const model: Partial<ParsedDocument> = { ...doc };
    delete model.text;
    delete model.path;
    this.models().set(hash, model as CachedModel);
    this.usedModels.add(hash);
    this.changed = true;
  }

  /** Keeps the model of a file this run read without parsing it (its findings were taken from the cache). */
  keepModel(hash: string): void {
    this.usedModels.add(hash);
  }

  /** The cached findings of a file, if they still stand: `hashOf` gives a path's content hash in this run. */
  findingsOf(relativePath: string, hashOf: (relativePath: string) => string): Message[] | null {
    const entry = this.findings.get(relativePath);
    if (!entry || !entry.reads.every(([read, hash]) => hashOf(read) === hash)) return null;
    this.keptFindings.add(relativePath);
    return entry.messages;
  }

  setFindings(relativePath: string, entry: CachedFindings<Message>): void {
    this.findings.set(relativePath, entry);
    this.keptFindings.add(relativePath);
    this.changed = true;
  }

  /**
   * Writes the cache when anything changed. After a run over the whole tree only what it used is kept
   * (so the file does not grow with every edit); after a partial run, everything.
   */
  save(wholeTree: boolean): void {
    if (wholeTree && this.keptFindings.size < this.findings.size) {
      for (const file of this.findings.keys()) if (!this.keptFindings.has(file)) this.findings.delete(file);
      this.changed = true;
    }
    // Models are pruned only when they were loaded anyway: a run that parsed nothing leaves them as they are.
    if (wholeTree && this.loadedModels && this.usedModels.size < this.loadedModels.size) {
      for (const hash of this.loadedModels.keys()) if (!this.usedModels.has(hash)) this.loadedModels.delete(hash);
      this.changed = true;
    }
    if (!this.changed) return;
    const content: CacheFile<Message> = {
      format: FORMAT,
      key: this.key,
      findingsKey: this.findingsKey,
      findings: this.findings,
      models: this.loadedModels ? serialize(this.loadedModels) : this.modelBytes ?? serialize(new Map()),
    };
    const temporary = `${this.location}.${process.pid}.tmp`;
    try {
      makeFolders(path.dirname(this.location));
      writeFileSync(temporary, serialize(content));
      // Rename is atomic: a concurrent run reads the old cache or the new one, never half of one.
      renameSync(temporary, this.location);
      this.changed = false;
    } catch {
      // A cache that cannot be written only costs time in the next run.
      rmSync(temporary, { force: true });
    }
  }

  /** The models, deserialized on first use. */
  private models(): Map<string, CachedModel> {
    if (this.loadedModels) return this.loadedModels;
    let models: unknown = null;
    try {
      models = this.modelBytes ? deserialize(this.modelBytes) : null;
    } catch {
      // Corrupt: parse again and rewrite.
    }
    this.modelBytes = null;
    if (!(models instanceof Map)) {
      models = new Map<string, CachedModel>();
      this.changed = true;
    }
    this.loadedModels = models as Map<string, CachedModel>;
    return this.loadedModels;
  }
}

/** Markdown and YAML files are parsed differently: the same bytes under each are different models. */
function readCacheFile<Message>(location: string, key: string): CacheFile<Message> | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(location);
  } catch {
    return null;
  }
  try {
    const content = deserialize(bytes) as Partial<CacheFile<Message>> | null;
    if (content?.format !== FORMAT || content.key !== key || !(content.findings instanceof Map) || !(content.models instanceof Uint8Array) || typeof content.findingsKey !== 'string') return null;
    return content as CacheFile<Message>;
  } catch {
    // Truncated or not a cache at all.
    return null;
  }
}
