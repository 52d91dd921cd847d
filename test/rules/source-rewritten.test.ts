import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'source-rewritten';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';

/** A full page: 2 headings, 3 code (2 spans and a block), 2 Liquid blocks, 2 links: 9 structural elements. */
const LONG_ZH = [
  '## 概述',
  '',
  '运行 `npm install` 和 `npm test`。',
  '',
  '{% ifversion ghes %}',
  '请参阅 [配置](/admin/configuration)。',
  '{% endif %}',
  '',
  '## 详细信息',
  '',
  '```shell',
  'npm run build',
  '```',
  '',
  '{% note %}请注意 [链接](/packages/learn)。{% endnote %}',
  '',
].join('\n');

const LONG_EN = [
  '## Overview',
  '',
  'Run `npm install` and `npm test`.',
  '',
  '{% ifversion ghes %}',
  'See [configuration](/admin/configuration).',
  '{% endif %}',
  '',
  '## Details',
  '',
  '```shell',
  'npm run build',
  '```',
  '',
  '{% note %}Note the [link](/packages/learn).{% endnote %}',
  '',
].join('\n');

describe('source-rewritten', () => {
  it('says nothing about a translation that has its source’s structure', async () => {
    expect(await findings({ [EN]: page(LONG_EN), [ZH]: page(LONG_ZH) }, RULE)).toEqual([]);
  });

  it('says nothing about a translation that lacks one block: that is compared block by block', async () => {
    const zh = LONG_ZH.replace('{% ifversion ghes %}\n请参阅 [配置](/admin/configuration)。\n{% endif %}\n', '');
    const found = await findings({ [EN]: page(LONG_EN), [ZH]: page(zh) });
    expect(found.filter((f) => f.ruleId === RULE)).toEqual([]);
    expect(found.some((f) => f.file === ZH && f.ruleId === 'liquid-block-parity')).toBe(true);
  });

  it('reports a long translation of an English stub once, at 1:1, and nothing else', async () => {
    const found = await findings({ [EN]: page('This page has moved.\n'), [ZH]: page(LONG_ZH) });
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
    expect(found[0].severity).toBe(1);
    expect(found[0].message).toContain('shares 0 of 9 structural elements');
    expect(found[0].message).toContain('content/a.md');
  });

  it('reports a rewritten reusable the same way', async () => {
    const files = {
      [EN]: page('Text.\n'),
      'data/reusables/x/y.md': 'A short English sentence now.\n',
      'translations/zh-CN/data/reusables/x/y.md': LONG_ZH,
    };
    const found = await findings(files);
    expect(where(found)).toEqual([`translations/zh-CN/data/reusables/x/y.md:1:1 ${RULE}`]);
  });

  it('does not compare a rewritten translation with its sibling translations either', async () => {
    const ja = page(LONG_ZH.replace('{% note %}', '{% if a %}{% endif %}\n\n{% note %}'));
    const found = await findings({ [EN]: page('This page has moved.\n'), [ZH]: page(LONG_ZH), 'translations/ja-JP/content/a.md': ja });
    expect(where(found)).toEqual([`translations/ja-JP/content/a.md:1:1 ${RULE}`, `${ZH}:1:1 ${RULE}`]);
  });
});
