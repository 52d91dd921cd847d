import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'link-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';

describe('link-parity', () => {
  it('accepts the same link and image targets, in any order inside a paragraph', async () => {
    const en = 'See [setup](/a/setup) and [usage](/a/usage).\n\n![Diagram](/assets/d.png)\n\n[ref]: https://example.com/x\n';
    const zh = '先看[用法](/a/usage)，再看[设置](/a/setup)。\n\n![图表](/assets/d.png)\n\n[ref]: https://example.com/x\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('reports a changed link target at the URL, naming the source’s target', async () => {
    const found = await findings({ [EN]: page('See [setup](/a/setup).\n'), [ZH]: page('见[设置](/zh/a/setup)。\n') }, RULE);
    // `见[设置](` is 6 characters: the URL starts at column 7.
    expect(where(found)).toEqual([`${ZH}:7:7 ${RULE}`]);
    expect(found[0].message).toContain('Link to `/zh/a/setup` differs from `/a/setup` in the source at line 7; link targets are not translated.');
    expect(found[0].severity).toBe(2);
  });

  it('pairs changed links with their own counterparts when the translation reorders the sentence', async () => {
    const en = 'The [URL template](/rest#hypermedia) for a [review comment](/rest/reference/pulls#comments).\n';
    const zh = '用于[审查评论](/v3/pulls/comments/)的 [URL 模板](/v3/#hypermedia)。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // `用于[审查评论](` is 9 characters; `…)的 [URL 模板](` ends at column 40.
    expect(where(found)).toEqual([`${ZH}:7:10 ${RULE}`, `${ZH}:7:41 ${RULE}`]);
    // The source's fragments are shown: the translation dropped them too.
    expect(found[0].message).toContain('Link to `/v3/pulls/comments/` differs from `/rest/reference/pulls#comments` in the source at line 7');
    expect(found[1].message).toContain('Link to `/v3/#hypermedia` differs from `/rest#hypermedia` in the source at line 7');
  });

  it('reports a translated URL of an image at the URL', async () => {
    const found = await findings({ [EN]: page('![Diagram](/assets/diagram.png)\n'), [ZH]: page('![图表](/assets/图表.png)\n') }, RULE);
    // `![图表](` is 6 characters.
    expect(where(found)).toEqual([`${ZH}:7:7 ${RULE}`]);
    expect(found[0].message).toContain('Image `/assets/图表.png` differs from `/assets/diagram.png` in the source');
  });

  it('reports a missing link after the link before it', async () => {
    const found = await findings({ [EN]: page('See [a](/a) and [b](/b).\n'), [ZH]: page('见[a](/a)。\n') }, RULE);
    // `见[a](/a)` is 8 characters: reported at column 9.
    expect(where(found)).toEqual([`${ZH}:7:9 ${RULE}`]);
    expect(found[0].message).toContain('Link to `/b` is missing after this point (present in the source at line 7).');
  });

  it('reports an extra link at the link', async () => {
    const found = await findings({ [EN]: page('See the docs.\n'), [ZH]: page('见[文档](/docs)。\n') }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:2 ${RULE}`]);
    expect(found[0].message).toContain('Link to `/docs` is not in the source at this place.');
  });

  it('reports an image that became a link as a missing image and an extra link', async () => {
    const found = await findings({ [EN]: page('![Diagram](/d.png)\n'), [ZH]: page('[图表](/d.png)\n') }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:1 ${RULE}`, `${ZH}:7:1 ${RULE}`]);
    expect(found.map((f) => f.message.split(' ')[0])).toEqual(['Image', 'Link']);
  });

  it('does not report a link whose fragment only differs (that is link-anchor’s)', async () => {
    const en = 'See [t](/elsewhere/page#one) and [u](#intro).\n';
    const zh = '见[t](/elsewhere/page#two)和[u](#介绍)。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('does not report a link that moved to another paragraph', async () => {
    const en = 'First, see [a](/a).\n\nThen run `x`.\n';
    const zh = '首先。\n\n然后见[a](/a)并运行 `x`。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('compares links paragraph by paragraph, so a change is reported in its own paragraph', async () => {
    const en = 'One [a](/a).\n\nTwo [b](/b).\n\nThree [c](/c).\n';
    const zh = '一[a](/a)。\n\n二[b](/b-zh)。\n\n三[c](/c)。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // `二[b](` is 5 characters.
    expect(where(found)).toEqual([`${ZH}:9:6 ${RULE}`]);
    expect(found[0].message).toContain('differs from `/b` in the source at line 9');
  });

  it('does not report links inside a Liquid block the translation lacks', async () => {
    const en = 'Intro [a](/a).\n\n{% ifversion ghes %}\nSee [b](/b).\n{% endif %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page('介绍[a](/a)。\n') }, RULE)).toEqual([]);
  });

  describe('without an English source (sibling translations)', () => {
    it('reports only a missing link, naming the language that has it', async () => {
      const found = await findings({ [JA]: page('[a](/a) と [b](/b)\n'), [ZH]: page('[a](/a) 和\n') }, RULE);
      // `[a](/a)` ends at column 8.
      expect(where(found)).toEqual([`${ZH}:7:8 ${RULE}`]);
      expect(found[0].message).toContain('present in ja-JP at line 7');
    });

    it('does not report a link target that differs between siblings', async () => {
      expect(await findings({ [JA]: page('[a](/a)\n'), [ZH]: page('[a](/b)\n') }, RULE)).toEqual([]);
    });
  });

  it('reports a link that gained a fragment the source lacks, at its destination', async () => {
    const found = await findings({ [EN]: page('See [the guide](/actions/guide).\n'), [ZH]: page('参见[指南](/actions/guide#intro)。\n') }, RULE);
    // `参见[指南](` is 7 characters.
    expect(where(found)).toEqual([`${ZH}:7:8 ${RULE}`]);
    expect(found[0].message).toContain('Link to `/actions/guide#intro` differs from `/actions/guide` in the source at line 7');
  });

  it('shows where two long targets differ when their shortened forms would read the same', async () => {
    const url = 'https://github.com/github/docs/tree/main/content/actions/creating-actions/metadata-syntax';
    const found = await findings({ [EN]: page(`See [the file](${url}/).\n`), [ZH]: page(`参见[文件](${url})。\n`) }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:8 ${RULE}`]);
    // Not two identical excerpts cut at 80 characters: the last 30 before the difference, and the end.
    expect(found[0].message).toContain('Link to `…eating-actions/metadata-syntax` differs from `…eating-actions/metadata-syntax/`');
  });
});
