import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'heading-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';
const ES = 'translations/es-ES/content/a.md';

const EN_BODY = 'Intro.\n\n## Setup\n\nInstall it.\n\n## Usage\n\nRun it.\n\n### Options\n\nSet them.\n';

describe('heading-parity', () => {
  it('accepts translated headings of the same number, level and order', async () => {
    const zh = '介绍。\n\n## 设置\n\n安装。\n\n## 用法\n\n运行。\n\n### 选项\n\n设置。\n';
    expect(await findings({ [EN]: page(EN_BODY), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('ignores h1, h5 and h6 headings', async () => {
    const en = '# Title\n\nIntro.\n\n## Setup\n\n##### Detail\n\nText.\n';
    const zh = '介绍。\n\n## 设置\n\n文本。\n\n###### 更多\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('reports a missing h2 where it belongs, with its text and the source line', async () => {
    // `## Usage` is dropped: its paragraph `运行。` joins the section before.
    const zh = '介绍。\n\n## 设置\n\n安装。\n\n运行。\n\n### 选项\n\n设置。\n';
    const found = await findings({ [EN]: page(EN_BODY), [ZH]: page(zh) }, RULE);
    // Reported before `运行。` (line 13), the paragraph that followed the heading in the source.
    expect(where(found)).toEqual([`${ZH}:13:1 ${RULE}`]);
    expect(found[0].message).toContain('The h2 heading `## Usage` is missing before this point (present in the source at line 13); every heading anchor after it shifts.');
    expect(found[0].severity).toBe(2);
  });

  it('says anchors shift only when a heading follows', async () => {
    const en = 'Intro.\n\n## Setup\n\nRun `setup`.\n\n## Usage\n\nRun `use`.\n';
    const missingLast = await findings({ [EN]: page(en), [ZH]: page('介绍。\n\n## 设置\n\n运行 `setup`。\n') }, RULE);
    expect(where(missingLast)).toEqual([`${ZH}:11:12 ${RULE}`]);
    expect(missingLast[0].message).toBe('The section `## Usage` (lines 13–15 of the source), heading and text, is missing after this point (present in the source at line 13).');
    const extraLast = await findings({ [EN]: page(en), [ZH]: page('介绍。\n\n## 设置\n\n运行 `setup`。\n\n## 用法\n\n运行 `use`。\n\n## 注意\n\n小心。\n') }, RULE);
    expect(where(extraLast)).toEqual([`${ZH}:17:1 ${RULE}`]);
    expect(extraLast[0].message).toBe('This h2 heading is not in the source.');
  });

  it('reports an extra heading at the heading', async () => {
    // The code spans tell which section is which; headings with nothing to tell them apart pair by order.
    const en = 'Intro.\n\n## Setup\n\nRun `setup`.\n\n## Usage\n\nRun `use`.\n';
    const zh = '介绍。\n\n## 设置\n\n运行 `setup`。\n\n## 注意\n\n小心。\n\n## 用法\n\n运行 `use`。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:13:1 ${RULE}`]);
    expect(found[0].message).toContain('This h2 heading is not in the source; every heading anchor after it shifts.');
  });

  it('reports a heading whose level changed from h2 to h3, once, at the heading', async () => {
    const zh = '介绍。\n\n## 设置\n\n安装。\n\n### 用法\n\n运行。\n\n### 选项\n\n设置。\n';
    const found = await findings({ [EN]: page(EN_BODY), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:13:1 ${RULE}`]);
    expect(found[0].message).toContain('This heading is h3, but the heading in its place in the source at line 13 is h2 (`## Usage`).');
  });

  it('does not report a heading inside a Liquid block the translation lacks (that is liquid-block-parity’s)', async () => {
    const en = 'Intro.\n\n## Setup\n\nInstall it.\n\n{% ifversion ghes %}\n\n## Server\n\nOn a server.\n\n{% endif %}\n\n## Usage\n\nRun it.\n';
    const zh = '介绍。\n\n## 设置\n\n安装。\n\n## 用法\n\n运行。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
    const all = await findings({ [EN]: page(en), [ZH]: page(zh) });
    expect(all.map((f) => f.ruleId)).toEqual(['liquid-block-parity']);
  });

  it('checks a reusable like a page', async () => {
    const files = { 'data/reusables/x/y.md': '### One\n\nText.\n\n### Two\n\nMore.\n', 'translations/zh-CN/data/reusables/x/y.md': '### 一\n\n文本。\n\n更多。\n' };
    const found = await findings(files, RULE);
    expect(where(found)).toEqual([`translations/zh-CN/data/reusables/x/y.md:5:1 ${RULE}`]);
    expect(found[0].message).toContain('The h3 heading `### Two` is missing');
  });

  describe('without an English source (sibling translations)', () => {
    it('reports the translation that lacks a heading, naming the languages that have it', async () => {
      const files = {
        [JA]: page('前文。\n\n## 設定\n\n本文。\n\n## 使い方\n\n実行。\n'),
        [ES]: page('Intro.\n\n## Configuración\n\nTexto.\n\n## Uso\n\nEjecutar.\n'),
        [ZH]: page('介绍。\n\n## 设置\n\n文本。\n\n运行。\n'),
      };
      const found = await findings(files, RULE);
      expect(where(found)).toEqual([`${ZH}:13:1 ${RULE}`]);
      expect(found[0].message).toContain('is missing before this point (present in es-ES at line 13 and ja-JP at line 13)');
    });

    it('reports a changed level on both sides, since neither is known to be right', async () => {
      const files = { [JA]: page('## 設定\n\n本文。\n'), [ZH]: page('### 设置\n\n文本。\n') };
      const found = await findings(files, RULE);
      expect(where(found)).toEqual([`${JA}:7:1 ${RULE}`, `${ZH}:7:1 ${RULE}`]);
      expect(found[1].message).toContain('This heading is h3, but the heading in its place in ja-JP at line 7 is h2');
    });

    it('does not report an extra heading between siblings', async () => {
      const files = { [JA]: page('## 設定\n\n本文。\n\n## 追加\n'), [ZH]: page('## 设置\n\n文本。\n') };
      const found = await findings(files, RULE);
      // ja-JP's extra heading is zh-CN's missing one.
      // `文本。` is 3 characters: reported after it.
      expect(where(found)).toEqual([`${ZH}:9:4 ${RULE}`]);
      expect(found[0].message).toContain('The h2 heading `## 追加` is missing after this point (present in ja-JP at line 11)');
    });
  });
});
