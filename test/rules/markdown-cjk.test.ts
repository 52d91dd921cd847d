import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'markdown-cjk';
const ZH = 'translations/zh-CN/content/a.md';
const EN = 'content/a.md';

/** Findings of a zh-CN page whose body is `body` (the body starts on line 7). */
const lint = (body: string, file = ZH): ReturnType<typeof findings> => findings({ [file]: page(body) }, RULE);

describe('markdown-cjk', () => {
  describe('emphasis that CommonMark leaves literal', () => {
    it('accepts emphasis that renders, and punctuation outside it', async () => {
      expect(await lint('这是**真**的。**注意**：她说。她「**真**」说。**真，** 她说。\n')).toEqual([]);
    });

    it('reports a closing `**` after full-width punctuation and before a letter, at the delimiter', async () => {
      const found = await lint('**真，**她说。\n');
      // `**真，` is 4 characters: the closing run starts at column 5.
      expect(where(found)).toEqual([`${ZH}:7:5 ${RULE}`]);
      expect(found[0].severity).toBe(1);
      expect(found[0].message).toBe(
        'The closing `**` comes after the punctuation `，` and before `她`, so CommonMark does not read it as emphasis and the reader sees a literal `**`. Move `，` after the `**` (`**，`), or put a space after the `**`.',
      );
    });

    it('reports an opening `**` after a letter and before full-width punctuation, and the closer that has the same trouble', async () => {
      const found = await lint('她**「真」**说。\n');
      expect(where(found)).toEqual([`${ZH}:7:2 ${RULE}`, `${ZH}:7:7 ${RULE}`]);
      expect(found[0].message).toContain('The opening `**` comes after `她` and before the punctuation `「`');
      expect(found[0].message).toContain('Move `「` before the `**` (`「**`)');
      expect(found[1].message).toContain('The closing `**` comes after the punctuation `」` and before `说`');
    });

    it('reports single `*` and ASCII punctuation next to CJK letters', async () => {
      const found = await lint('*只有管理员可以使用。*普通用户不行。\n\n**注意:**这很重要。\n');
      expect(where(found)).toEqual([`${ZH}:7:12 ${RULE}`, `${ZH}:9:6 ${RULE}`]);
      expect(found[1].message).toContain('after the punctuation `:` and before `这`');
    });

    it('reports `_` inside CJK words, not an opener after punctuation or a closer before it', async () => {
      // Runs: `有_仓` (opener, inside a word), `库_，` (a closer that can close), `在_搜` (opener, inside a word), `库_端` (closer, inside a word).
      const found = await lint('所有_仓库_，在_搜索仓库_端点。\n');
      expect(where(found)).toEqual([`${ZH}:7:3 ${RULE}`, `${ZH}:7:9 ${RULE}`, `${ZH}:7:14 ${RULE}`]);
      expect(found[0].message).toBe('`_` between `有` and `仓` is inside a word for CommonMark, where `_` never starts or ends emphasis: the reader sees a literal `_`. Use `*` on both sides instead.');
    });

    it('leaves a delimiter with no partner alone, and English text', async () => {
      expect(await lint('价格，*含税。\n\nSee **the note.**Then go on. snake_case_name\n')).toEqual([]);
    });

    it('ignores code spans, code blocks, escaped delimiters and emphasis around Liquid', async () => {
      const body = '运行 `**真，**她`。\n\n```\n**真，**她\n```\n\n\\*\\*真，\\*\\*她\n\n使用**{% data variables.product.prodname_actions %}**的。\n';
      expect(await lint(body)).toEqual([]);
    });

    it('reads a variable next to `**` as its English value reads: a value that ends in punctuation leaves the `**` literal', async () => {
      const files = {
        'data/variables/product.yml': "prodname_actions: GitHub Actions\nprodname_short: 'Enterprise (Server)'\n",
        [ZH]: page('打开**{% data variables.product.prodname_actions %}**设置。打开**{% data variables.product.prodname_short %}**设置。\n'),
      };
      const found = await findings(files, RULE);
      // `打开**{% data variables.product.prodname_actions %}**设置。打开**{% data variables.product.prodname_short %}` is 101 characters.
      expect(where(found)).toEqual([`${ZH}:7:102 ${RULE}`]);
      expect(found[0].message).toBe("The closing `**` comes after a variable whose value ends with the punctuation `)` and before `设`, so CommonMark does not read it as emphasis and the reader sees a literal `**`. Put a space after the `**`.");
    });

    it('checks headings, list items and table cells, and English sources too', async () => {
      const body = '## **真，**她\n\n- **真，**她\n\n| a |\n| --- |\n| **真，**她 |\n';
      expect(where(await lint(body, EN))).toEqual([`${EN}:7:8 ${RULE}`, `${EN}:9:7 ${RULE}`, `${EN}:13:7 ${RULE}`]);
    });
  });

  describe('full-width look-alikes of Markdown syntax', () => {
    it('reports full-width link and image brackets around a URL-like target', async () => {
      const found = await lint('请看［文档］（/a/b）和！［图］（/img.png）以及[更多]（https://example.com）。\n');
      expect(where(found)).toEqual([`${ZH}:7:3 ${RULE}`, `${ZH}:7:14 ${RULE}`, `${ZH}:7:30 ${RULE}`]);
      expect(found[0].message).toBe('`［文档］（/a/b）` looks like a link but uses full-width brackets, so it shows as plain text; write `[文档](/a/b)`.');
      expect(found[1].message).toContain('looks like an image');
      expect(found[2].message).toContain('write `[更多](https://example.com)`');
    });

    it('leaves prose brackets and real links alone', async () => {
      expect(await lint('这是［注释］（见下文）。请看[文档](/a/b)（可选）。\n')).toEqual([]);
    });

    it('reports a full-width `＃` or an ideographic space after `#` at the start of a line', async () => {
      const found = await lint('＃＃ 标题\n\n#\u3000标题\n\n文中的＃ 号。\n');
      expect(where(found)).toEqual([`${ZH}:7:1 ${RULE}`, `${ZH}:9:1 ${RULE}`]);
      expect(found[0].message).toBe('`＃＃ 标题` uses the full-width `＃`, so this line is not a heading; write `## 标题`.');
      expect(found[1].message).toContain('followed by an ideographic space (U+3000), so this line is not a heading');
    });

    it('reports full-width backticks and asterisks used as code and bold', async () => {
      const found = await lint('运行｀npm test｀，然后＊＊提交＊＊。注＊：单个星号。\n');
      expect(where(found)).toEqual([`${ZH}:7:3 ${RULE}`, `${ZH}:7:16 ${RULE}`]);
      expect(found[0].message).toBe('`｀npm test｀` uses full-width backticks, so it is not code; write `` `npm test` ``.');
      expect(found[1].message).toContain('write `**提交**`');
    });

    it('ignores look-alikes in code, Liquid and HTML blocks', async () => {
      const body = '`［文档］（/a/b）`\n\n```\n＃ 标题\n```\n\n<div>\n［文档］（/a/b）\n</div>\n\n{% comment %}［文档］（/a/b）{% endcomment %}\n';
      expect(await lint(body)).toEqual([]);
    });
  });

  describe('spaces in headings', () => {
    it('reports an ideographic space and a no-break space in a heading, at the character', async () => {
      const found = await lint('## 关于\u3000GitHub\n\n### About\u00a0Actions\n\n关于\u3000GitHub 正文。\n');
      expect(where(found)).toEqual([`${ZH}:7:6 ${RULE}`, `${ZH}:9:10 ${RULE}`]);
      expect(found[0].message).toBe('This heading contains an ideographic space (U+3000): its anchor becomes `#关于github` instead of `#关于-github`. Use an ordinary space.');
      expect(found[1].message).toContain('a no-break space (U+00A0): its anchor becomes `#aboutactions`');
    });

    it('ignores such spaces in a heading\'s code span', async () => {
      expect(await lint('## 使用 `a\u3000b`\n')).toEqual([]);
    });
  });
});
