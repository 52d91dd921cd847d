import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'liquid-block-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';
const KO = 'translations/ko-KR/content/a.md';

describe('liquid-block-parity', () => {
  it('accepts the same blocks, whatever the spacing and quoting of their conditions', async () => {
    const en = "{% if a == 'b' %}\nText\n{% endif %}\n{% ifversion ghes %}\nMore\n{% endif %}\n{% note %}Hi{% endnote %}\n";
    const zh = '{% if a=="b" %}\n文本\n{% endif %}\n{% ifversion ghes %}\n更多\n{% endif %}\n{% note %}你好{% endnote %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('accepts `{% ifversion %}` closed by `{% endif %}` on both sides', async () => {
    const en = '{% ifversion fpt or ghec %}\nText\n{% else %}\nOther\n{% endif %}\n';
    const zh = '{% ifversion fpt or ghec %}\n文本\n{% else %}\n其他\n{% endif %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('reports a missing block once, after its neighbour, and nothing for what it contains', async () => {
    // The English block (lines 9-11) holds a nested block of its own: still one finding.
    const en = '{% note %}Hi{% endnote %}\n\n{% if a %}\n{% note %}Inner{% endnote %}\n{% endif %}\n';
    const zh = '{% note %}你好{% endnote %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // After `{% endnote %}`: 10 + 2 + 13 characters on line 7, so column 26.
    expect(where(found)).toEqual([`${ZH}:7:26 ${RULE}`]);
    expect(found[0].message).toContain('The block `{% if a %}` (3 lines) is missing after this point (present in the source at line 9)');
  });

  it('reports a missing block with no matched neighbour where the body starts', async () => {
    const found = await findings({ [EN]: page('{% if a %}\nText\n{% endif %}\n'), [ZH]: page('文本\n') }, RULE);
    // Offset right after the front matter's closing line: the blank line 6.
    expect(where(found)).toEqual([`${ZH}:6:1 ${RULE}`]);
  });

  it('reports an extra block at its opening tag', async () => {
    const found = await findings({ [EN]: page('Text.\n'), [ZH]: page('文本。\n\n{% if b %}\n额外\n{% endif %}\n') }, RULE);
    expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
    expect(found[0].message).toContain('`{% if b %}` is not in the source');
  });

  it('reports a changed condition once, at the translated block', async () => {
    const en = 'Intro.\n{% if a == "b" %}\nText\n{% endif %}\n';
    const zh = '介绍。\n{% if a == "c" %}\n文本\n{% endif %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:8:1 ${RULE}`]);
    expect(found[0].message).toContain('differs from `{% if a == "b" %}` in the source at line 8');
  });

  it('reports a missing `{% else %}` branch where the branch should start', async () => {
    const en = '{% if a %}\nA\n{% else %}\nB\n{% endif %}\n';
    const zh = '{% if a %}\n甲\n{% endif %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
  });

  it('reports an extra `{% else %}` branch at its tag', async () => {
    const en = '{% if a %}\nA\n{% endif %}\n';
    const zh = '{% if a %}\n甲\n{% else %}\n乙\n{% endif %}\n';
    expect(where(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE))).toEqual([`${ZH}:9:1 ${RULE}`]);
  });

  it('reports a block nested inside a matched block that the translation lacks', async () => {
    const en = '{% ifversion ghes %}\n{% note %}Hi{% endnote %}\nText\n{% endif %}\n';
    const zh = '{% ifversion ghes %}\n文本\n{% endif %}\n';
    // No matched neighbour inside the branch: reported where the branch body starts (end of line 7).
    expect(where(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE))).toEqual([`${ZH}:7:21 ${RULE}`]);
  });

  it('reports two blocks that changed places as one finding', async () => {
    const en = '{% if a %}\nA\n{% endif %}\n{% if b %}\nB\n{% endif %}\n';
    const zh = '{% if b %}\n乙\n{% endif %}\n{% if a %}\n甲\n{% endif %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // The English first block now comes second (line 10).
    expect(where(found)).toEqual([`${ZH}:10:1 ${RULE}`]);
    expect(found[0].message).toContain('`{% if a %}` is out of place: the source at line 7 has it elsewhere');
  });

  it('still compares the contents of blocks that changed places', async () => {
    const en = '{% if a %}\n{% note %}A{% endnote %}\n{% endif %}\n{% if b %}\n{% note %}B{% endnote %}\n{% endif %}\n';
    const zh = '{% if b %}\n乙\n{% endif %}\n{% if a %}\n甲\n{% endif %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // Each translated block lacks its `{% note %}`: reported after its opening tag (10 characters).
    expect(where(found.filter((f) => f.message.includes('The block `{% note %}` is missing')))).toEqual([`${ZH}:7:11 ${RULE}`, `${ZH}:10:11 ${RULE}`]);
  });

  describe('without an English source (sibling translations)', () => {
    it('reports the block on the translation that lacks it, naming the languages that have it', async () => {
      const has = '{% note %}注意{% endnote %}\n\n{% if a %}\n内容\n{% endif %}\n';
      const lacks = '{% note %}注意{% endnote %}\n';
      const found = await findings({ [JA]: page(has), [KO]: page(has), [ZH]: page(lacks) }, RULE);
      expect(where(found)).toEqual([`${ZH}:7:26 ${RULE}`]);
      expect(found[0].message).toContain('present in ja-JP at line 9 and ko-KR at line 9');
    });

    it('reports nothing on the translation that has the extra block (nothing says which is right)', async () => {
      const found = await findings({ [JA]: page('{% note %}注意{% endnote %}\n\n{% if a %}\n内容\n{% endif %}\n'), [ZH]: page('{% note %}注意{% endnote %}\n') }, RULE);
      expect(found.filter((f) => f.file === JA)).toEqual([]);
      expect(where(found)).toEqual([`${ZH}:7:26 ${RULE}`]);
    });

    it('reports nothing when the siblings agree', async () => {
      const body = '{% ifversion fpt %}\n内容\n{% endif %}\n';
      expect(await findings({ [JA]: page(body), [ZH]: page(body) }, RULE)).toEqual([]);
    });
  });

  describe('on a source restructured after translation', () => {
    it('reports a changed branch condition once, as a change', async () => {
      const en = '{% ifversion fpt %}\nA.\n{% elsif ghes %}\nB.\n{% endif %}\n';
      const zh = '{% ifversion fpt %}\n甲。\n{% elsif ghae %}\n乙。\n{% endif %}\n';
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
      expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
      expect(found[0].message).toContain('The branch `{% elsif ghae %}` of `{% ifversion fpt %}` differs from `{% elsif ghes %}` in the source at line 9');
    });

    it('names a translated keyword as such, not as one missing and one extra block', async () => {
      const en = 'Intro.\n\n{% ifversion fpt %}\nA.\n{% endif %}\n';
      const zh = '介绍。\n\n{% if fpt %}\n甲。\n{% endif %}\n';
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
      expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
      expect(found[0].message).toContain('uses the keyword `if` where the source at line 9 has `ifversion`');
    });

    it('reports a condition written in the other Liquid spelling, in the same place, once as a change', async () => {
      const en = '| Event | Meaning |\n| --- | --- |\n| `a` | Requested.{% if currentVersion == "free-pro-team@latest" %} Also teams.{% endif %} |\n';
      const zh = '| Event | Meaning |\n| --- | --- |\n| `a` | 已请求。{% ifversion fpt or ghec %} 也包括团队。{% endif %} |\n';
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
      // `| \`a\` | 已请求。` is 12 units: the block opens at column 13.
      expect(where(found)).toEqual([`${ZH}:9:13 ${RULE}`]);
      expect(found[0].message).toContain('The block `{% ifversion fpt or ghec %}` differs from `{% if currentVersion == "free-pro-team@latest" %}` in the source at line 9');
      expect(found[0].message).toContain('the version test is spelled another way');
    });

    it('does not compare what a version test in the other spelling holds (it is one finding, as a missing and an extra block are)', async () => {
      const en = 'Intro.\n\n{% ifversion fpt %}\nUse `secrets` and [the guide](/a/b).\n{% endif %}\n';
      const zh = '介绍。\n\n{% if currentVersion == "free-pro-team@latest" %}\n使用 `密码`。\n{% endif %}\n';
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) });
      expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
    });

    it('does not pair a block with an unrelated one far away', async () => {
      const en = `{% ifversion fpt %}\nA.\n{% endif %}\n\n${'Para {% data variables.product.a %}.\n\n'.repeat(5)}End.\n`;
      const zh = `甲。\n\n${'段 {% data variables.product.a %}。\n\n'.repeat(5)}{% ifversion ghes %}\n新。\n{% endif %}\n`;
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
      // Missing at the top (before the first paragraph the two share), extra at the bottom.
      expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`, `${ZH}:19:1 ${RULE}`]);
      expect(found[0].message).toContain('The block `{% ifversion fpt %}` (3 lines) is missing before this point');
      expect(found[1].message).toContain('The block `{% ifversion ghes %}` is not in the source');
    });

    it('places each missing block after the paragraph before it, not all on one line and column', async () => {
      const en = 'A.\n\n{% ifversion a %}\nX.\n{% endif %}\n\nB.\n\n{% ifversion b %}\nY.\n{% endif %}\n\nC.\n\n{% ifversion c %}\nZ.\n{% endif %}\n\nD.\n';
      const zh = '甲。\n\n乙。\n\n丙。\n\n丁。\n';
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
      // After `甲。`, `乙。` and `丙。` (2 units each), lines 7, 9 and 11.
      expect(where(found)).toEqual([`${ZH}:7:3 ${RULE}`, `${ZH}:9:3 ${RULE}`, `${ZH}:11:3 ${RULE}`]);
      expect(found[1].message).toContain('The block `{% ifversion b %}` (3 lines) is missing after this point (present in the source at line 15)');
    });
  });
});
