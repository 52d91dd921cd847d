import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyDocument, type ParsedDocument } from './model.js';
import { parseDocument, type ParseOptions } from './parse/document.js';
import type { DocumentSource } from './site.js';
import type { TreeFile } from './tree/layout.js';

/**
 * Reads and parses tree files on first use and keeps the result: one parse per file per run. This
 * is the seam where parsing can move to worker threads (prefill the map) or to a cache keyed by
 * content hash (look up before parsing), without the rules noticing.
 */
export class DocumentStore implements DocumentSource {
  private readonly parsed = new Map<string, ParsedDocument>();
  parseCount = 0;

  constructor(
    private readonly root: string,
    private readonly options: ParseOptions = {},
  ) {}

  get(file: TreeFile): ParsedDocument {
    let doc = this.parsed.get(file.path);
    if (!doc) {
      doc = this.load(file.path);
      this.parsed.set(file.path, doc);
    }
    return doc;
  }

  private load(relative: string): ParsedDocument {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(this.root, relative));
    } catch (error) {
      return unreadableDocument(relative, describeReadError(error));
    }
    this.parseCount++;
    return parseDocument(relative, bytes, this.options);
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
