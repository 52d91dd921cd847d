import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { findings, page, where } from '../helpers.js';

const RULE = 'translation-missing';
const only = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === RULE ? 'warn' : 'off'] as const));

describe('translation-missing', () => {
  it('is off by default', async () => {
    const files = { 'content/a.md': page('Text.\n'), 'translations/ja-JP/content/b.md': page('文本。\n') };
    expect((await findings(files)).filter((f) => f.ruleId === RULE)).toEqual([]);
  });

  it('accepts a page translated into every language of the tree', async () => {
    const files = { 'content/a.md': page('Text.\n'), 'translations/ja-JP/content/a.md': page('文本。\n'), 'translations/zh-CN/content/a.md': page('文本。\n') };
    expect(await findings(files, undefined, { ruleSeverities: only })).toEqual([]);
  });

  it('reports each language without a translation, at 1:1 of the English page', async () => {
    const files = {
      'content/a.md': page('Text.\n'),
      'content/b.md': page('Text.\n'),
      'translations/ja-JP/content/a.md': page('文本。\n'),
      // A language counts when its folder holds any file docs-lint reads, here only a reusable.
      'translations/zh-CN/data/reusables/x/y.md': '文本。\n',
    };
    const found = await findings(files, undefined, { ruleSeverities: only });
    expect(where(found)).toEqual([`content/a.md:1:1 ${RULE}`, `content/b.md:1:1 ${RULE}`, `content/b.md:1:1 ${RULE}`]);
    expect(found.map((f) => f.message)).toEqual([
      'No zh-CN translation of this page (translations/zh-CN/content/a.md does not exist).',
      'No ja-JP translation of this page (translations/ja-JP/content/b.md does not exist).',
      'No zh-CN translation of this page (translations/zh-CN/content/b.md does not exist).',
    ]);
  });

  it('looks at pages only: a reusable without a translation is left to untranslated-reusable', async () => {
    const files = { 'content/a.md': page('Text.\n'), 'data/reusables/x/y.md': 'Text.\n', 'translations/ja-JP/content/a.md': page('文本。\n') };
    expect(await findings(files, undefined, { ruleSeverities: only })).toEqual([]);
  });

  it('ignores a language folder that holds no file docs-lint reads', async () => {
    const files = { 'content/a.md': page('Text.\n'), 'translations/ja-JP/README.txt': 'notes\n' };
    expect(await findings(files, undefined, { ruleSeverities: only })).toEqual([]);
  });
});
