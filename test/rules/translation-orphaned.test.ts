import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'translation-orphaned';

describe('translation-orphaned', () => {
  it('accepts translations whose English sources exist', async () => {
    const files = {
      'content/a.md': page('Text.\n'),
      'data/reusables/x/y.md': 'Text.\n',
      'data/variables/product.yml': 'name: Product\n',
      'translations/ja-JP/content/a.md': page('文本。\n'),
      'translations/ja-JP/data/reusables/x/y.md': '文本。\n',
      'translations/ja-JP/data/variables/product.yml': 'name: Product\n',
    };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('reports a page, a reusable and a variables file without a source, at 1:1, as warnings', async () => {
    const files = {
      'content/a.md': page('Text.\n'),
      'data/reusables/x/kept.md': 'Text.\n',
      'data/variables/kept.yml': 'name: Product\n',
      'translations/ja-JP/content/gone.md': page('文本。\n'),
      'translations/ja-JP/data/reusables/x/gone.md': '文本。\n',
      'translations/zh-CN/data/variables/gone.yml': 'name: 产品\n',
    };
    const found = await findings(files, RULE);
    expect(where(found)).toEqual([
      `translations/ja-JP/content/gone.md:1:1 ${RULE}`,
      `translations/ja-JP/data/reusables/x/gone.md:1:1 ${RULE}`,
      `translations/zh-CN/data/variables/gone.yml:1:1 ${RULE}`,
    ]);
    expect(found.every((f) => f.severity === 1)).toBe(true);
    expect(found[0].message).toBe(
      'This ja-JP page has no English source: content/gone.md does not exist. If the source was moved or renamed, move this translation with it; if it was deleted, delete this translation.',
    );
    expect(found[1].message).toContain('This ja-JP reusable has no English source: data/reusables/x/gone.md does not exist.');
    expect(found[2].message).toContain('This zh-CN variables file has no English source: data/variables/gone.yml does not exist.');
  });

  it('is silent in a checkout of translations alone (no English file of that kind to tell orphans by)', async () => {
    const files = { 'translations/ja-JP/content/a.md': page('文本。\n'), 'translations/zh-CN/content/a.md': page('文本。\n') };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('keeps comparing an orphaned page with its sibling translations', async () => {
    const files = {
      'content/kept.md': page('Text.\n'),
      'translations/ja-JP/content/gone.md': page('{% data reusables.x.y %}\n'),
      'translations/zh-CN/content/gone.md': page('文本。\n'),
      'data/reusables/x/y.md': 'Text.\n',
    };
    const found = (await findings(files)).filter((f) => f.ruleId === RULE || f.ruleId === 'liquid-tag-parity');
    // The zh-CN page lacks the tag its ja-JP sibling has (reported at the paragraph paired with ja-JP's).
    expect(where(found)).toEqual([
      `translations/ja-JP/content/gone.md:1:1 ${RULE}`,
      `translations/zh-CN/content/gone.md:1:1 ${RULE}`,
      `translations/zh-CN/content/gone.md:7:1 liquid-tag-parity`,
    ]);
  });
});
