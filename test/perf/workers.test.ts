import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DocumentStore } from '../../src/engine/documents.js';
import { lint } from '../../src/engine/lint.js';
import { parseDocument } from '../../src/parse/document.js';
import { discoverTree } from '../../src/model/layout.js';
import { makeTree } from '../helpers.js';
import { largeTree } from './large-tree.js';

describe('parsing in worker threads', () => {
  it('gives the same document models as parsing in the main thread (structured clone keeps them whole)', { timeout: 120_000 }, async () => {
    const root = makeTree(largeTree(22));
    const { files } = await discoverTree(root);
    const store = new DocumentStore(root, { workers: 2 });
    await store.preload(files);
    expect(store.parsedInWorkers).toBe(files.length);
    for (const file of files) {
      const here = parseDocument(file.path, readFileSync(path.join(root, file.path)));
      expect(store.get(file)).toEqual(here);
    }
  });

  it('lets the main thread use files as they come in, and parses a file it needs early once, not twice', { timeout: 120_000 }, async () => {
    const root = makeTree(largeTree(22));
    const { files } = await discoverTree(root);
    const store = new DocumentStore(root, { workers: 2 });
    const loading = store.preload(files);
    // Nothing has come back from the workers before this thread yields: the main thread parses the file itself.
    const last = files[files.length - 1];
    const early = store.get(last);
    expect(store.parseCount).toBe(1);
    const first = files.slice(0, 3);
    await store.ready(first.map((file) => file.path));
    const parsedSoFar = store.parseCount;
    for (const file of first) store.get(file);
    expect(store.parseCount).toBe(parsedSoFar);
    await loading;
    // The workers' model of that file was not kept, nor counted.
    expect(store.get(last)).toBe(early);
    expect(store.parseCount).toBe(files.length);
    expect(store.parsedInWorkers).toBe(files.length - 1);
    await store.ready(files.map((file) => file.path));
  });

  it('finds exactly the same as a run without workers (the whole JSON report)', { timeout: 120_000 }, async () => {
    const root = makeTree(largeTree(22));
    const withWorkers = await lint({ root, rules, workers: 2 });
    const withoutWorkers = await lint({ root, rules, workers: 0 });
    expect(withWorkers.results.some((result) => result.messages.length > 0)).toBe(true);
    expect(JSON.stringify(withWorkers.results)).toBe(JSON.stringify(withoutWorkers.results));
    expect(withWorkers.parsedFileCount).toBe(withoutWorkers.parsedFileCount);
  });
});
