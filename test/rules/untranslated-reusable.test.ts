import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'untranslated-reusable';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const REUSABLE = 'data/reusables/x/y.md';
const REUSABLE_ZH = 'translations/zh-CN/data/reusables/x/y.md';
const ENGLISH_TEXT = 'Use this feature to publish your packages.\n';

const EN_PAGE = page('{% data reusables.x.y %}\n\nText.\n\n{% data reusables.x.y %}\n');
const ZH_PAGE = page('文本 {% data reusables.x.y %}\n\n文本。\n\n{% data reusables.x.y %}\n');

describe('untranslated-reusable', () => {
  it('accepts a page whose reusables are translated', async () => {
    const files = { [REUSABLE]: ENGLISH_TEXT, [REUSABLE_ZH]: '使用此功能发布您的软件包。\n', [EN]: EN_PAGE, [ZH]: ZH_PAGE };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('reports a reusable with no translated file once, at its first use, as a warning', async () => {
    const found = await findings({ [REUSABLE]: ENGLISH_TEXT, [EN]: EN_PAGE, [ZH]: ZH_PAGE }, RULE);
    // The English page uses it too, but English needs no translation.
    expect(where(found)).toEqual([`${ZH}:7:4 ${RULE}`]);
    expect(found[0].severity).toBe(1);
    expect(found[0].message).toContain('(used 2 times in this file): add translations/zh-CN/data/reusables/x/y.md');
  });

  it('reports each untranslated reusable of a page, at its own first use', async () => {
    const files = {
      [REUSABLE]: ENGLISH_TEXT,
      'data/reusables/x/z.md': 'Another English paragraph here.\n',
      [REUSABLE_ZH]: '使用此功能发布您的软件包。\n',
      [EN]: page('Text.\n'),
      [ZH]: page('{% data reusables.x.y %}\n\n{% data reusables.x.z %} {% data reusables.x.z %}\n'),
    };
    expect(where(await findings(files, RULE))).toEqual([`${ZH}:9:1 ${RULE}`]);
  });

  it('reports a translated reusable that is the English text unchanged, at 1:1 of the reusable', async () => {
    const files = { [REUSABLE]: ENGLISH_TEXT, [REUSABLE_ZH]: ENGLISH_TEXT, [EN]: EN_PAGE, [ZH]: ZH_PAGE };
    const found = await findings(files, RULE);
    expect(where(found)).toEqual([`${REUSABLE_ZH}:1:1 ${RULE}`]);
    expect(found[0].severity).toBe(1);
    expect(found[0].message).toContain('is the English text of data/reusables/x/y.md unchanged');
  });

  it('treats a copy that only differs in whitespace as unchanged', async () => {
    const files = { [REUSABLE]: ENGLISH_TEXT, [REUSABLE_ZH]: `  ${ENGLISH_TEXT.replace(/ /g, '  ')}\n\n`, [EN]: page('Text.\n') };
    expect(where(await findings(files, RULE))).toEqual([`${REUSABLE_ZH}:1:1 ${RULE}`]);
  });

  it('accepts an identical copy of a reusable that has no prose (only Liquid, code and links)', async () => {
    const text = '{% data variables.product.prodname %} `npm install` [docs](https://example.com/a/b/c)\n';
    const files = { 'data/reusables/x/v.md': text, 'translations/zh-CN/data/reusables/x/v.md': text, [EN]: page('Text.\n') };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('reports an untranslated reusable used by a translated reusable', async () => {
    const files = {
      [REUSABLE]: ENGLISH_TEXT,
      'data/reusables/x/outer.md': 'Before you start: {% data reusables.x.y %}\n',
      'translations/zh-CN/data/reusables/x/outer.md': '开始之前：{% data reusables.x.y %}\n',
      [EN]: page('Text.\n'),
    };
    // `开始之前：` is 5 characters.
    expect(where(await findings(files, RULE))).toEqual([`translations/zh-CN/data/reusables/x/outer.md:1:6 ${RULE}`]);
  });

  it('leaves a reusable that does not exist in English to data-reference', async () => {
    const files = { [REUSABLE]: ENGLISH_TEXT, [REUSABLE_ZH]: '已翻译。\n', [EN]: page('Text.\n'), [ZH]: page('{% data reusables.x.nope %} {% data reusables.x.y %}\n') };
    expect(await findings(files, RULE)).toEqual([]);
  });
});
