import { existsSync, readFileSync, renameSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint, type LintReport } from '../../src/engine/lint.js';
import { makeTree, page } from '../helpers.js';
import { largeTree } from './large-tree.js';

const CACHE = '.docs-lint-cache';

function run(root: string, extra: Partial<Parameters<typeof lint>[0]> = {}): Promise<LintReport> {
  return lint({ root, rules, workers: 0, cacheLocation: CACHE, ...extra });
}

function fileCount(root: string, files: Record<string, unknown>): number {
  return Object.keys(files).filter((file) => existsSync(path.join(root, file))).length;
}

describe('--cache', () => {
  it('parses every file once, then nothing on an unchanged tree, with the same findings', async () => {
    const files = largeTree(4);
    const root = makeTree(files);
    const uncached = await lint({ root, rules, workers: 0 });
    const cold = await run(root);
    expect(cold.parsedFileCount).toBe(fileCount(root, files));
    expect(existsSync(path.join(root, CACHE))).toBe(true);
    const warm = await run(root);
    expect(warm.parsedFileCount).toBe(0);
    expect(JSON.stringify(warm.results)).toBe(JSON.stringify(uncached.results));
    expect(JSON.stringify(cold.results)).toBe(JSON.stringify(uncached.results));
  });

  it('parses only a changed file again, and finds what changed in it', async () => {
    const root = makeTree(largeTree(4));
    await run(root);
    writeFileSync(path.join(root, 'translations/zh-CN/content/p3.md'), page('{% data reusables.x.y %}\n\n{% if x %}\n'));
    const warm = await run(root);
    expect(warm.parsedFileCount).toBe(1);
    const changed = warm.results.find((result) => result.filePath === 'translations/zh-CN/content/p3.md');
    expect(changed?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toContain('9:1 liquid-syntax');
  });

  it('keys models by content, not path: a moved file is not parsed again and is reported at its new path', async () => {
    const root = makeTree({ 'content/a.md': page('## Part\n\nSee [part](#nowhere).\n') });
    expect((await run(root)).parsedFileCount).toBe(1);
    mkdirSync(path.join(root, 'content/moved'));
    renameSync(path.join(root, 'content/a.md'), path.join(root, 'content/moved/b.md'));
    const report = await run(root);
    expect(report.parsedFileCount).toBe(0);
    expect(report.results.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([['content/moved/b.md', ['9:12 link-anchor']]]);
  });

  it('is not used under another configuration', async () => {
    const root = makeTree(largeTree(2));
    const first = await run(root, { configFingerprint: 'config A' });
    expect((await run(root, { configFingerprint: 'config A' })).parsedFileCount).toBe(0);
    expect((await run(root, { configFingerprint: 'config B' })).parsedFileCount).toBe(first.parsedFileCount);
  });

  it.each([
    ['garbage bytes', () => new Uint8Array([0xff, 0x0d, 0x00, 0x42, 0x13])],
    ['text', () => '{"format": "docs-lint-model-cache"}\n'],
    ['a v8-serialized object of another kind', () => serialize({ format: 'something-else', models: new Map() })],
    ['a cache written under another version', () => serialize({ format: 'docs-lint-model-cache', key: '0.0.0\u00001\u0000', models: new Map([['x', {}]]) })],
    ['an empty file', () => ''],
  ])('ignores and rewrites a cache file holding %s', async (_, content) => {
    const files = largeTree(2);
    const root = makeTree({ ...files, [CACHE]: content() });
    const expected = await lint({ root, rules, workers: 0 });
    const report = await run(root);
    expect(report.parsedFileCount).toBe(fileCount(root, files));
    expect(JSON.stringify(report.results)).toBe(JSON.stringify(expected.results));
    expect((await run(root)).parsedFileCount).toBe(0);
  });

  it('ignores and rewrites a truncated cache file', async () => {
    const files = largeTree(2);
    const root = makeTree(files);
    await run(root);
    const whole = readFileSync(path.join(root, CACHE));
    writeFileSync(path.join(root, CACHE), whole.subarray(0, whole.length >> 1));
    expect((await run(root)).parsedFileCount).toBe(fileCount(root, files));
    expect((await run(root)).parsedFileCount).toBe(0);
  });

  it('gives the same findings with workers and a cache as without either', async () => {
    const root = makeTree(largeTree(22));
    const plain = await lint({ root, rules, workers: 0 });
    const cold = await run(root, { workers: 2 });
    const warm = await run(root, { workers: 2 });
    expect(cold.parsedFileCount).toBe(plain.parsedFileCount);
    expect(warm.parsedFileCount).toBe(0);
    expect(JSON.stringify(cold.results)).toBe(JSON.stringify(plain.results));
    expect(JSON.stringify(warm.results)).toBe(JSON.stringify(plain.results));
  }, 120_000);
});
