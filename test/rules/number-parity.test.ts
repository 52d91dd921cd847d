import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'number-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';
const DE = 'translations/de-DE/content/a.md';

describe('number-parity', () => {
  it('accepts the same numbers in each paragraph, heading and table cell', async () => {
    const en = '## Step 2\n\nYou can store up to 500 MB for 90 days.\n\n| Plan | Minutes |\n| --- | --- |\n| Pro | 3000 |\n';
    const zh = '## 第 2 步\n\n您最多可以存储 500 MB，保留 90 天。\n\n| 计划 | 分钟 |\n| --- | --- |\n| Pro | 3000 |\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('ignores digit shapes and separators', async () => {
    const en = 'Up to 1,000 jobs, 20 at a time, for 2.5 hours.\n';
    // Full-width digits, a full-width comma-less thousand and a German separator.
    const ja = '最大 １０００ 個のジョブ、同時に ２０ 個、2,5 時間。\n';
    const de = 'Bis zu 1.000 Jobs, 20 gleichzeitig, für 2,5 Stunden.\n';
    expect(await findings({ [EN]: page(en), [JA]: page(ja), [DE]: page(de) }, RULE)).toEqual([]);
  });

  it('accepts a month written as a number with `月` for a month name', async () => {
    const en = 'It will be removed on November 13, 2020.\n';
    const zh = '它将在 2020 年 11 月 13 日删除。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
    // Without an English source, a sibling's `11 月` is not a number the English-worded date lacks.
    expect(await findings({ [JA]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('still reports a number before `月` that is not a month', async () => {
    const found = await findings({ [EN]: page('Kept for 3 months.\n'), [ZH]: page('保留 30 个月。\n') }, RULE);
    // `保留 ` is 3 characters.
    expect(where(found)).toEqual([`${ZH}:7:4 ${RULE}`]);
  });

  it('reports a changed number at the number, as a warning', async () => {
    const found = await findings({ [EN]: page('Artifacts are kept for 90 days.\n'), [ZH]: page('工件保留 60 天。\n') }, RULE);
    // `工件保留 ` is 5 characters.
    expect(where(found)).toEqual([`${ZH}:7:6 ${RULE}`]);
    expect(found[0].message).toContain('The number 60 differs from 90 in the source at line 7.');
    expect(found[0].severity).toBe(1);
  });

  it('reports a missing number after the number before it', async () => {
    const found = await findings({ [EN]: page('Use 100 runners and 250 jobs.\n'), [ZH]: page('使用 100 个运行器和作业。\n') }, RULE);
    // `使用 100` is 6 characters: reported at column 7.
    expect(where(found)).toEqual([`${ZH}:7:7 ${RULE}`]);
    expect(found[0].message).toContain('The number 250 is missing after this point (present in the source at line 7).');
  });

  it('reports an extra number at the number', async () => {
    const found = await findings({ [EN]: page('Runners are limited.\n'), [ZH]: page('运行器限制为 256 个。\n') }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:8 ${RULE}`]);
    expect(found[0].message).toContain('The number 256 is not in the source at this place.');
  });

  it('ignores numbers in code, URLs, Liquid and names', async () => {
    const en = 'Use `node 20` with OAuth2 and H2 headings; see [v3](https://example.com/v3/page) and {% ifversion ghes > 3.1 %}x{% endif %}.\n';
    const zh = '使用 `node 20`、OAuth 与 H 标题；见 [v3](https://example.com/v4/page) 和 {% ifversion ghes > 3.1 %}x{% endif %}。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('does not report a small number written as a word or a CJK numeral', async () => {
    const en = 'Choose one of 3 options.\n\nWait 2 minutes.\n';
    const ja = '三つの選択肢から一つを選びます。\n\n二分待ちます。\n';
    const de = 'Wählen Sie eine von drei Optionen.\n\nWarten Sie zwei Minuten.\n';
    expect(await findings({ [EN]: page(en), [JA]: page(ja), [DE]: page(de) }, RULE)).toEqual([]);
  });

  it('still reports a small number changed to another digit', async () => {
    const found = await findings({ [EN]: page('Wait 2 minutes.\n'), [DE]: page('Warten Sie 5 Minuten.\n') }, RULE);
    expect(where(found)).toEqual([`${DE}:7:12 ${RULE}`]);
    expect(found[0].message).toContain('The number 5 differs from 2 in the source');
  });

  it('still reports a larger number that is missing', async () => {
    const found = await findings({ [EN]: page('Wait 30 minutes.\n'), [JA]: page('三十分待ちます。\n') }, RULE);
    expect(where(found)).toEqual([`${JA}:7:1 ${RULE}`]);
    expect(found[0].message).toContain('The number 30 is missing');
  });

  it('does not report a number that moved to another paragraph', async () => {
    const en = 'Limits apply to 20 jobs.\n\nSee `x`.\n';
    const zh = '有限制。\n\n20 个作业，见 `x`。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  describe('without an English source (sibling translations)', () => {
    it('reports only a missing number, naming the language that has it', async () => {
      const found = await findings({ [JA]: page('最大 500 件\n'), [ZH]: page('最多 件\n'), [DE]: page('Bis zu 500 Stück\n') }, RULE);
      expect(where(found)).toEqual([`${ZH}:7:1 ${RULE}`]);
      expect(found[0].message).toContain('present in de-DE at line 7 and ja-JP at line 7');
    });
  });
});
