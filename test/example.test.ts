import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The example tree that `npx docs-lint` lints in the quick start: each finding below is one of the
 * defects planted in it (test/fixtures/example-tree-defects.md), and nothing else is reported.
 */
describe('the bundled example tree', () => {
  it('reports exactly the planted defects', async () => {
    const report = await lint({ root: repo, rules });
    const found = report.results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`));
    expect(found).toEqual([
      'content/rest/reference/packages.md:31:246 link-anchor',
      'translations/ja-JP/content/rest/reference/packages.md:7:1 frontmatter-versions',
      'translations/ja-JP/content/rest/reference/packages.md:14:1 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:20:9 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:32:15 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:34:266 untranslated-text',
      'translations/ja-JP/content/rest/reference/packages.md:38:163 link-anchor',
      'translations/ja-JP/content/rest/reference/packages.md:44:12 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:44:12 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:46:99 untranslated-reusable',
      'translations/ja-JP/content/rest/reference/packages.md:56:11 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:56:11 liquid-tag-parity',
      'translations/ja-JP/content/rest/reference/packages.md:66:13 liquid-block-parity',
      'translations/ja-JP/content/rest/reference/packages.md:68:16 liquid-tag-parity',
      'translations/zh-CN/content/rest/reference/packages.md:27:38 number-parity',
      'translations/zh-CN/content/rest/reference/packages.md:41:64 data-reference',
      'translations/zh-CN/content/rest/reference/packages.md:41:133 link-parity',
      'translations/zh-CN/content/rest/reference/packages.md:56:80 liquid-syntax',
      'translations/zh-CN/content/rest/reference/packages.md:66:1 heading-parity',
      'translations/zh-CN/content/rest/reference/packages.md:75:124 link-anchor',
      'translations/zh-CN/content/rest/reference/packages.md:103:109 code-span-parity',
      'translations/zh-CN/data/reusables/packages/ae-container-notice.md:1:1 untranslated-reusable',
    ]);
  });
});
