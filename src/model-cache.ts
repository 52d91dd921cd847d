import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedDocument } from './model.js';

/**
 * Bump when the document model or the parsers change what they produce: every cached model of an
 * older format is then thrown away. (The tool version is part of the key too, but a development
 * build keeps its version across such changes.)
 */
export const MODEL_FORMAT_VERSION = 2;

export const DEFAULT_CACHE_LOCATION = '.docs-lint-cache';

/** What a cached model leaves out: the text comes from the file's bytes, the path from the tree. */
export type CachedModel = Omit<ParsedDocument, 'text' | 'path'>;

interface CacheFile {
  format: 'docs-lint-model-cache';
  /** Tool version, model format and configuration: a cache written under other ones is not used. */
  key: string;
  models: Map<string, CachedModel>;
}

/**
 * The models of files parsed in earlier runs, by content hash: a file whose bytes did not change is
 * not parsed again, wherever it lives in the tree. One file, v8-serialized, written atomically; a
 * file that is missing, truncated, corrupt or written by another version is ignored and replaced.
 */
export class ModelCache {
  private readonly models: Map<string, CachedModel>;
  private readonly used = new Set<string>();
  private changed: boolean;

  private constructor(
    readonly location: string,
    private readonly key: string,
    models: Map<string, CachedModel> | null,
  ) {
    this.models = models ?? new Map<string, CachedModel>();
    // An unreadable or foreign cache file is rewritten even if no file needs parsing.
    this.changed = models === null;
  }

  /** Opens the cache at `location` for runs with this tool version and configuration fingerprint. */
  static open(location: string, toolVersion: string, configFingerprint: string): ModelCache {
    const key = `${toolVersion}\u0000${MODEL_FORMAT_VERSION}\u0000${configFingerprint}`;
    return new ModelCache(location, key, readCacheFile(location, key));
  }

  /** The content hash a file's model is stored under: its bytes and how they are parsed, never its path. */
  static hash(relativePath: string, bytes: Uint8Array): string {
    return createHash('sha1').update(parserKind(relativePath)).update(bytes).digest('base64');
  }

  get(hash: string): CachedModel | undefined {
    const model = this.models.get(hash);
    if (model) this.used.add(hash);
    return model;
  }

  set(hash: string, doc: ParsedDocument): void {
    const model: Partial<ParsedDocument> = { ...doc };
    delete model.text;
    delete model.path;
    this.models.set(hash, model as CachedModel);
    this.used.add(hash);
    this.changed = true;
  }

  /**
   * Writes the cache when anything changed. After a run over the whole tree only the models it used
   * are kept (so the file does not grow with every edit); after a partial run, all of them.
   */
  save(wholeTree: boolean): void {
    if (wholeTree && this.used.size < this.models.size) {
      for (const hash of this.models.keys()) if (!this.used.has(hash)) this.models.delete(hash);
      this.changed = true;
    }
    if (!this.changed) return;
    const content: CacheFile = { format: 'docs-lint-model-cache', key: this.key, models: this.models };
    const temporary = `${this.location}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.location), { recursive: true });
      writeFileSync(temporary, serialize(content));
      // Rename is atomic: a concurrent run reads the old cache or the new one, never half of one.
      renameSync(temporary, this.location);
      this.changed = false;
    } catch {
      // A cache that cannot be written only costs time in the next run.
      rmSync(temporary, { force: true });
    }
  }
}

/** Markdown and YAML files are parsed differently: the same bytes under each are different models. */
function parserKind(relativePath: string): string {
  return /\.ya?ml$/.test(relativePath) ? 'yaml\u0000' : 'markdown\u0000';
}

function readCacheFile(location: string, key: string): Map<string, CachedModel> | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(location);
  } catch {
    return null;
  }
  try {
    const content = deserialize(bytes) as Partial<CacheFile> | null;
    const models: unknown = content?.models;
    if (content?.format !== 'docs-lint-model-cache' || content.key !== key || !(models instanceof Map)) return null;
    return models as Map<string, CachedModel>;
  } catch {
    // Truncated or not a cache at all.
    return null;
  }
}
