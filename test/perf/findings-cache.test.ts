import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint, type LintReport } from '../../src/engine/lint.js';
import { makeTree, page } from '../helpers.js';

const CACHE = '.docs-lint-cache';

function cached(root: string, extra: Partial<Parameters<typeof lint>[0]> = {}): Promise<LintReport> {
  return lint({ root, rules, workers: 0, cacheLocation: CACHE, ...extra });
}

/** Lints with the cache and without it: the findings must be the same, whatever the cache held. */
async function expectSameAsUncached(root: string): Promise<LintReport> {
  const warm = await cached(root);
  const plain = await lint({ root, rules, workers: 0 });
  expect(JSON.stringify(warm.results, null, 1)).toBe(JSON.stringify(plain.results, null, 1));
  return warm;
}

/** A page whose translations depend on other files: a link into another page, a reusable, a variable. */
function tree(): Record<string, string> {
  return {
    'data/reusables/x/y.md': 'A reusable sentence with enough English words in it.\n',
    'translations/zh-CN/data/reusables/x/y.md': '一个可重复使用的句子。\n',
    'data/variables/product.yml': 'name: Product\n',
    'content/a.md': page('{% data reusables.x.y %}\n\n## Setup\n\nSee [b](/b#usage) and {% data variables.product.name %}.\n'),
    'translations/zh-CN/content/a.md': page('{% data reusables.x.y %}\n\n## 设置\n\n参见 [b](/b#usage) 和 {% data variables.product.name %}。\n'),
    'content/b.md': page('## Usage\n\nText.\n'),
    'translations/zh-CN/content/b.md': page('## 用法\n\n文本。\n'),
  };
}

function write(root: string, relative: string, content: string): void {
  writeFileSync(path.join(root, relative), content);
}

describe('--cache keeps findings', () => {
  it('checks nothing again on an unchanged tree', async () => {
    const root = makeTree(tree());
    const cold = await cached(root);
    expect(cold.reusedFileCount).toBe(0);
    const warm = await expectSameAsUncached(root);
    expect(warm.reusedFileCount).toBe(7);
    expect(warm.parsedFileCount).toBe(0);
  });

  it('checks a translation again when the English page it links to changes its headings', async () => {
    const root = makeTree(tree());
    await cached(root);
    write(root, 'content/b.md', page('## Using it\n\nText.\n'));
    const warm = await expectSameAsUncached(root);
    // b.md, its translation, and both variants of a.md (whose link goes to b.md#usage) are checked again.
    expect(warm.reusedFileCount).toBe(3);
    // The broken fragment is in both variants: reported once, on the English page.
    const messagesOf = (file: string): string[] | undefined => warm.results.find((result) => result.filePath === file)?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(messagesOf('content/a.md')).toEqual(['11:11 link-anchor']);
    expect(messagesOf('translations/zh-CN/content/a.md')).toEqual([]);
  });

  it('checks a page again when a translated reusable it uses changes', async () => {
    const root = makeTree(tree());
    await cached(root);
    write(root, 'translations/zh-CN/data/reusables/x/y.md', 'A reusable sentence with enough English words in it.\n');
    const warm = await expectSameAsUncached(root);
    // Only the reusable, where the finding is: the page's rules ask whether it exists, not what it says.
    expect(warm.reusedFileCount).toBe(6);
    expect(warm.results.find((result) => result.filePath === 'translations/zh-CN/data/reusables/x/y.md')?.messages.map((m) => m.ruleId)).toContain('untranslated-reusable');
  });

  it('checks every file again when an English variable changes, or a file is added or removed', async () => {
    const root = makeTree(tree());
    await cached(root);
    write(root, 'data/variables/product.yml', 'other: Product\n');
    expect((await expectSameAsUncached(root)).reusedFileCount).toBe(0);
    expect((await expectSameAsUncached(root)).reusedFileCount).toBe(7);
    rmSync(path.join(root, 'data/reusables/x/y.md'));
    expect((await expectSameAsUncached(root)).reusedFileCount).toBe(0);
    write(root, 'translations/zh-CN/content/c.md', page('## 孤儿\n'));
    expect((await expectSameAsUncached(root)).reusedFileCount).toBe(0);
    renameSync(path.join(root, 'translations/zh-CN/content/c.md'), path.join(root, 'translations/zh-CN/content/d.md'));
    expect((await expectSameAsUncached(root)).reusedFileCount).toBe(0);
  });

  it('is not used under other options', async () => {
    const root = makeTree(tree());
    await cached(root);
    const other = await cached(root, { ruleSeverities: { 'link-anchor': 'off' } });
    expect(other.reusedFileCount).toBe(0);
    expect((await cached(root, { ruleSeverities: { 'link-anchor': 'off' } })).reusedFileCount).toBe(7);
  });

  it('checks only the changed translation when nothing else read it', async () => {
    const root = makeTree(tree());
    await cached(root);
    write(root, 'translations/zh-CN/content/b.md', page('## 用法\n\n{% if x %}\n'));
    const warm = await expectSameAsUncached(root);
    expect(warm.reusedFileCount).toBe(6);
    expect(warm.parsedFileCount).toBe(1);
  });

  it('checks a link to a redirected path again when an English page adds or drops it in `redirect_from`', async () => {
    const moved = (redirects: string): string => `---\ntitle: Moved\n${redirects}versions:\n  fpt: '*'\n---\n\n## Usage\n`;
    const root = makeTree({ 'content/a.md': page('See [b](/old/b#setup).\n'), 'content/new/b.md': moved('') });
    const messagesOf = (report: LintReport): string[] | undefined => report.results.find((result) => result.filePath === 'content/a.md')?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    // Not in the tree and not redirected: the fragment is not judged.
    expect(messagesOf(await cached(root))).toEqual([]);
    write(root, 'content/new/b.md', moved('redirect_from:\n  - /old/b\n'));
    expect(messagesOf(await expectSameAsUncached(root))).toEqual(['7:15 link-anchor']);
    write(root, 'content/new/b.md', moved(''));
    expect(messagesOf(await expectSameAsUncached(root))).toEqual([]);
  });
});
