import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { makeTree, page } from '../helpers.js';

/** A page with its translations, the page it links to, data it uses, and many pages it has nothing to do with. */
function treeWithUnrelatedPages(): Record<string, string> {
  const files: Record<string, string> = {
    'content/a.md': page('{% data reusables.x.y %} {% data variables.product.name %}\n\n## Part\n\nSee [b](/b#intro).\n'),
    'content/b.md': page('## Intro\n\nText.\n'),
    'data/reusables/x/y.md': 'A reusable sentence.\n',
    'data/variables/product.yml': 'name: Product\n',
    'translations/zh-CN/content/a.md': page('{% data reusables.x.y %} {% data variables.product.name %}\n\n## 部分\n\n见 [b](/b#intro)。\n'),
    'translations/ja-JP/content/a.md': page('{% data reusables.x.y %} {% data variables.product.name %}\n\n## 部分\n\n[b](/b#intro) を参照。\n'),
    'translations/zh-CN/content/orphan.md': page('## 孤儿\n'),
    'translations/ja-JP/content/orphan.md': page('## 孤児\n'),
  };
  for (let i = 0; i < 100; i++) {
    files[`content/other/p${i}.md`] = page(`## Other ${i}\n`);
    files[`translations/zh-CN/content/other/p${i}.md`] = page(`## 其他 ${i}\n`);
  }
  return files;
}

describe('linting named files (pre-commit)', () => {
  it('parses a translation, its source, its link target and the variables it uses, nothing else', async () => {
    const root = makeTree(treeWithUnrelatedPages());
    const report = await lint({ root, rules, paths: ['translations/zh-CN/content/a.md'], cwd: root });
    expect(report.results.map((r) => r.filePath)).toEqual(['translations/zh-CN/content/a.md']);
    // zh-CN a.md, content/a.md (its source), content/b.md (its link's target), data/variables/product.yml.
    expect(report.parsedFileCount).toBe(4);
  });

  it('parses an English page with its translations (targets) and what they need', async () => {
    const root = makeTree(treeWithUnrelatedPages());
    const report = await lint({ root, rules, paths: ['content/a.md'], cwd: root });
    expect(report.results.map((r) => r.filePath)).toEqual(['content/a.md', 'translations/ja-JP/content/a.md', 'translations/zh-CN/content/a.md']);
    expect(report.parsedFileCount).toBe(5);
  });

  it('parses the siblings of a translation without a source', async () => {
    const root = makeTree(treeWithUnrelatedPages());
    const report = await lint({ root, rules, paths: ['translations/zh-CN/content/orphan.md'], cwd: root });
    // zh-CN and ja-JP orphan.md.
    expect(report.parsedFileCount).toBe(2);
  });
});
