import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { emptyDocument, type ParsedDocument } from '../model/document.js';
import { isInside, OUTSIDE_ROOT_MESSAGE } from '../model/layout.js';
import { parseDocument, type ParseOptions } from './document.js';

/** Files larger than this are not read (a generated dump, a misplaced binary): 10 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

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
export function contentHash(relativePath: string, bytes: Uint8Array): string {
  return createHash('sha1').update(/\.ya?ml$/.test(relativePath) ? 'yaml\u0000' : 'markdown\u0000').update(bytes).digest('base64');
}

/** Reads and parses one file (in the main thread or a worker); never throws. */
export function loadDocument(root: string, relative: string, limits: ReadLimits, options: ParseOptions, withHash: boolean): LoadedDocument {
  const bytes = readBytes(root, relative, limits);
  if (!(bytes instanceof Uint8Array)) return { doc: unreadableDocument(relative, bytes.message), hash: null, parsed: false };
  return { doc: parseDocument(relative, bytes, options), hash: withHash ? contentHash(relative, bytes) : null, parsed: true };
}

/** A file's bytes, or why they are not read. Checks where it leads and its size before reading. */
export function readBytes(root: string, relative: string, limits: ReadLimits): Uint8Array | { message: string } {
  try {
    // Checked again at read time: the tree may have changed since it was listed.
    const real = realpathSync(path.join(root, relative));
    if (!isInside(limits.realRoot, real)) return { message: OUTSIDE_ROOT_MESSAGE };
    // Non-blocking, so that a named pipe cannot hang the run.
    const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { message: FOLDER_MESSAGE };
      if (!stat.isFile()) return { message: 'This is not a regular file (a pipe, socket or device); it cannot be checked.' };
      if (stat.size > limits.maxFileSize) {
        return { message: `The file is ${formatSize(stat.size)}, over the size limit of ${formatSize(limits.maxFileSize)} (maxFileSize); it was not read.` };
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
  } catch (error) {
    return { message: describeReadError(error) };
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
