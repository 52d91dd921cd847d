import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'frontmatter-schema';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';

/** A page with exactly this front matter (between the `---` lines) and a short body. */
const withFrontMatter = (yaml: string): string => `---\n${yaml}---\n\nText.\n`;

describe('frontmatter-schema', () => {
  it('accepts a page with title and versions, in both forms of versions', async () => {
    const files = {
      [EN]: page('Text.\n'),
      'content/b.md': withFrontMatter("title: B\nversions: '*'\nintro: Hello\nredirect_from:\n  - /old\n"),
      'content/c.md': withFrontMatter("title: C\nversions:\n  free-pro-team: '*'\n  enterprise-server: '>=2.22'\n  ghae: 'issue-1234'\n"),
    };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('accepts a translation with the translation pipeline `ms.*` keys', async () => {
    const zh = withFrontMatter(
      "title: 示例\nversions:\n  fpt: '*'\nms.openlocfilehash: 0123abcd\nms.sourcegitcommit: 89ab\nms.translationtype: HT\nms.contentlocale: zh-CN\nms.lasthandoff: 09/10/2022\nms.locfileid: '1234'\n",
    );
    expect(await findings({ [EN]: page('Text.\n'), [ZH]: zh }, RULE)).toEqual([]);
  });

  it('reports a missing title at the start of the front matter', async () => {
    const found = await findings({ [EN]: withFrontMatter("versions:\n  fpt: '*'\n") }, RULE);
    expect(where(found)).toEqual([`${EN}:1:1 ${RULE}`]);
    expect(found[0].message).toContain('title is required');
  });

  it('reports a misspelt key at the key, and the key it replaced as missing', async () => {
    const found = await findings({ [EN]: withFrontMatter("title: A\nverisons:\n  fpt: '*'\n") }, RULE);
    expect(where(found)).toEqual([`${EN}:1:1 ${RULE}`, `${EN}:3:1 ${RULE}`]);
    expect(found[1].message).toContain('Unknown front matter key `verisons`');
    expect(found[0].message).toContain('versions is required');
  });

  it('reports a value of the wrong type and an empty title at their keys', async () => {
    const found = await findings({ [EN]: withFrontMatter("title: ''\nversions:\n  fpt: '*'\nhidden: 'yes'\n") }, RULE);
    expect(where(found)).toEqual([`${EN}:2:1 ${RULE}`, `${EN}:5:1 ${RULE}`]);
    expect(found[0].message).toContain('title must not be empty');
  });

  it('reports a version range that is not SemVer at its version key', async () => {
    const found = await findings({ [EN]: withFrontMatter("title: A\nversions:\n  fpt: 'latest'\n") }, RULE);
    expect(where(found)).toEqual([`${EN}:4:3 ${RULE}`]);
  });

  it('reports front matter that is not valid YAML at the YAML error', async () => {
    // A key given twice: the error is at the second `title`.
    const found = await findings({ [EN]: withFrontMatter("title: A\nversions: '*'\ntitle: B\n") }, RULE);
    expect(where(found)).toEqual([`${EN}:4:1 ${RULE}`]);
    expect(found[0].message).toContain('Front matter is not valid YAML');
  });

  it('reports a YAML syntax error inside a value at its position', async () => {
    // `title: A: B` is a mapping inside a compact value; the error is at `A` (line 2, column 8).
    const found = await findings({ [EN]: withFrontMatter("title: A: B\nversions: '*'\n") }, RULE);
    expect(where(found)).toEqual([`${EN}:2:8 ${RULE}`]);
  });

  it('reports a page without front matter at 1:1', async () => {
    const found = await findings({ [EN]: '# Hello\n\nText.\n' }, RULE);
    expect(where(found)).toEqual([`${EN}:1:1 ${RULE}`]);
    expect(found[0].message).toContain('no front matter');
  });

  it('reports a defect the translation copied from the source on the source only', async () => {
    const en = withFrontMatter("title: A\nversions:\n  fpt: '*'\nfoo: bar\n");
    const zhCopied = withFrontMatter("title: 甲\nversions:\n  fpt: '*'\nfoo: bar\n");
    expect(where(await findings({ [EN]: en, [ZH]: zhCopied }, RULE))).toEqual([`${EN}:5:1 ${RULE}`]);
    // A defect of its own is still the translation's.
    const zhOwn = withFrontMatter("title: 甲\nversions:\n  fpt: '*'\nfoo: bar\nbaz: 1\n");
    expect(where(await findings({ [EN]: en, [ZH]: zhOwn }, RULE))).toEqual([`${EN}:5:1 ${RULE}`, `${ZH}:6:1 ${RULE}`]);
  });
});
