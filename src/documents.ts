import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { emptyDocument, type ParsedDocument } from './model.js';
import { parseDocument, type ParseOptions } from './parse/document.js';
import type { DocumentSource } from './site.js';
import { isInside, OUTSIDE_ROOT_MESSAGE, type TreeFile } from './tree/layout.js';

/** Files larger than this are not read (a generated dump, a misplaced binary): 10 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface StoreOptions extends ParseOptions {
  /** Files larger than this many bytes are reported and not read. */
  maxFileSize?: number;
}

/**
 * Reads and parses tree files on first use and keeps the result: one parse per file per run. This
 * is the seam where parsing can move to worker threads (prefill the map) or to a cache keyed by
 * content hash (look up before parsing), without the rules noticing.
 */
export class DocumentStore implements DocumentSource {
  private readonly parsed = new Map<string, ParsedDocument>();
  private readonly realRoot: string;
  parseCount = 0;

  constructor(
    private readonly root: string,
    private readonly options: StoreOptions = {},
  ) {
    this.realRoot = realpathSync(root);
  }

  get(file: TreeFile): ParsedDocument {
    let doc = this.parsed.get(file.path);
    if (!doc) {
      doc = file.refused ? unreadableDocument(file.path, file.refused) : this.load(file.path);
      this.parsed.set(file.path, doc);
    }
    return doc;
  }

  private load(relative: string): ParsedDocument {
    let bytes: Uint8Array | string;
    try {
      bytes = this.read(path.join(this.root, relative));
    } catch (error) {
      return unreadableDocument(relative, describeReadError(error));
    }
    if (typeof bytes === 'string') return unreadableDocument(relative, bytes);
    this.parseCount++;
    return parseDocument(relative, bytes, this.options);
  }

  /** The file's bytes, or why they are not read. Checks where it leads and its size before reading. */
  private read(absolute: string): Uint8Array | string {
    // Checked again at read time: the tree may have changed since it was listed.
    const real = realpathSync(absolute);
    if (!isInside(this.realRoot, real)) return OUTSIDE_ROOT_MESSAGE;
    // Non-blocking, so that a named pipe cannot hang the run.
    const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return FOLDER_MESSAGE;
      if (!stat.isFile()) return 'This is not a regular file (a pipe, socket or device); it cannot be checked.';
      const limit = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
      if (stat.size > limit) {
        return `The file is ${formatSize(stat.size)}, over the size limit of ${formatSize(limit)} (maxFileSize); it was not read.`;
      }
      const buffer = Buffer.alloc(stat.size);
      let filled = 0;
      while (filled < buffer.length) {
        const count = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (count === 0) break; // it shrank while being read
        filled += count;
      }
      return buffer.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  }
}

const FOLDER_MESSAGE = 'This is a folder, not a file; it cannot be checked.';

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return FOLDER_MESSAGE;
  if (code === 'EACCES' || code === 'EPERM') return 'The file cannot be read (permission denied).';
  if (code === 'ENOENT') return 'The file disappeared while docs-lint was running.';
  return `The file cannot be read: ${(error as Error).message}`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export function unreadableDocument(relative: string, message: string): ParsedDocument {
  return emptyDocument(relative, '', [{ message, start: 0, end: 0 }]);
}
