import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders } from '../src/model/folders.js';

describe('makeFolders', () => {
  it('creates a folder and the missing ones above it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'docs-lint-folders-'));
    try {
      makeFolders(path.join(root, 'a', 'b', 'c'));
      expect(existsSync(path.join(root, 'a', 'b', 'c'))).toBe(true);
      makeFolders(path.join(root, 'a', 'b', 'c'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  // Node's recursive mkdirSync never returns there (the --cache-location or --output-file of a typo).
  it.runIf(existsSync('/proc/self'))('throws where a parent refuses new folders, instead of looping', () => {
    expect(() => makeFolders('/proc/docs-lint-none/x')).toThrow(/ENOENT/);
  });
});
