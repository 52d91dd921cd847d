import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintAndFix } from '../../src/cli/fix.js';
import { findings, makeTree, page, where } from '../helpers.js';

const RULE = 'frontmatter-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';

const SOURCE = page('Text.\n', "title: A\nintro: An intro\nversions:\n  fpt: '*'\nredirect_from:\n  - /old\ntype: how_to\ntopics:\n  - API\n");

describe('frontmatter-parity', () => {
  it('accepts translated text keys and the same untranslatable keys, in another order', async () => {
    const zh = page('正文。\n', "title: 甲\nintro: 介绍\nversions:\n  fpt: '*'\ntopics:\n  - API\ntype: how_to\nredirect_from:\n  - /old\nms.locfileid: '123'\n");
    expect(await findings({ [EN]: SOURCE, [ZH]: zh }, RULE)).toEqual([]);
  });

  it('reports a missing key at the front matter, a changed value at the value and an extra key at the key', async () => {
    const zh = page('正文。\n', "title: 甲\nversions:\n  fpt: '*'\nredirect_from:\n  - /old\ntype: tutorial\nmapTopic: true\n");
    const found = await findings({ [EN]: SOURCE, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`, `${ZH}:7:7 ${RULE}`, `${ZH}:8:1 ${RULE}`]);
    expect(found.map((f) => f.message)).toEqual([
      'Front matter lacks `topics` (`["API"]` in the source at line 9); it is not translated: copy it from the source.',
      "`type` is `'tutorial'` here but `'how_to'` in the source at line 8; it is not translated: copy the source's value.",
      'Front matter has `mapTopic`, which the source does not.',
    ]);
    expect(found.every((f) => f.severity === 1)).toBe(true);
  });

  it("fixes by copying the source's entries, keeping the translation's comments and text", async () => {
    const zh = page('正文。\n', "title: 甲 # 标题\nversions:\n  fpt: '*'\n# 重定向\nredirect_from:\n  - /older\n  - /old\ntype: tutorial # 类型\nmapTopic: true\n");
    const root = makeTree({ [EN]: SOURCE, [ZH]: zh });
    const outcome = await lintAndFix({ root, rules }, { write: true });
    expect(outcome.files.map((f) => [f.filePath, f.count])).toEqual([[ZH, 4]]);
    expect(outcome.report.results.flatMap((r) => r.messages)).toEqual([]);
    expect(readFileSync(path.join(root, ZH), 'utf8')).toBe(page('正文。\n', "title: 甲 # 标题\nversions:\n  fpt: '*'\n# 重定向\nredirect_from:\n  - /old\ntype: how_to # 类型\ntopics:\n  - API\n"));
  });

  it("keeps the translation's comment after a replaced value, and then leaves out the source's on that line", async () => {
    const en = page('Text.\n', "title: A\nversions:\n  fpt: '*'\ntopics:\n  - API\n  - 'REST # v3' # both\n");
    const zh = page('正文。\n', "title: 甲\nversions:\n  fpt: '*'\ntopics: api # 一个\n");
    const root = makeTree({ [EN]: en, [ZH]: zh });
    await lintAndFix({ root, rules }, { write: true });
    expect(readFileSync(path.join(root, ZH), 'utf8')).toBe(page('正文。\n', "title: 甲\nversions:\n  fpt: '*'\ntopics:\n  - API\n  - 'REST # v3' # 一个\n"));
  });

  it('without a source, reports only what the translation lacks, naming the languages that have it, and offers no fix', async () => {
    const found = await findings({ [ZH]: page('正文。\n', 'title: 甲\nversions: "*"\n'), [JA]: page('本文。\n', 'title: 甲\nversions: "*"\ntype: how_to\n') }, RULE, {});
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
    expect(found[0].message).toBe("Front matter lacks `type` (`'how_to'` in ja-JP at line 4); it is not translated: copy it from the source.");
  });
});
