import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'parse-error';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('parse-error', () => {
  it('accepts UTF-8 pages, reusables and variables files, with or without a BOM', async () => {
    const files = {
      [EN]: page('Café, 文本, emoji 🎉.\n'),
      [ZH]: bytes([0xef, 0xbb, 0xbf], page('文本。\n')),
      'data/reusables/a.md': 'Text.\n',
      'data/variables/product.yml': 'prodname: GitHub\nplans:\n  - free\n',
    };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('leaves invalid front matter of a page to frontmatter-schema', async () => {
    expect(await findings({ [EN]: "---\ntitle: A: B\nversions: '*'\n---\n\nText.\n" }, RULE)).toEqual([]);
  });

  it('reports each repeated key of a variables file at the repeat, in nested and flow maps too', async () => {
    const yaml = 'a: 1\nb: 2\na: 3\nx:\n  y: 1\n  y: 2\nf: { k: 1, k: 2 }\n1: one\n"1": quoted one\n';
    const found = await findings({ [EN]: page('Text.\n'), 'data/variables/product.yml': yaml }, RULE);
    expect(where(found)).toEqual([`data/variables/product.yml:3:1 ${RULE}`, `data/variables/product.yml:6:3 ${RULE}`, `data/variables/product.yml:7:12 ${RULE}`]);
    expect(found[0].message).toContain('Map keys must be unique');
  });

  it('refuses block quotes nested deeper than micromark can read, at once, with the depth', async () => {
    const started = performance.now();
    const found = await findings({ [EN]: page('Text.\n'), [ZH]: page(`${'>'.repeat(50_000)} 中文\n`) }, RULE);
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
    expect(found[0].message).toContain('block quotes are nested 50000 deep');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports a binary file once, at 1:1', async () => {
    const found = await findings({ [EN]: page('Text.\n'), 'content/image.md': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) }, RULE);
    expect(where(found)).toEqual([`content/image.md:1:1 ${RULE}`]);
    expect(found[0].message).toContain('binary file');
  });

  it('reports only the parse error of a binary translation (it is not compared with its source)', async () => {
    const en = page('{% if a %}\nRun `x`.\n{% endif %}\n');
    const found = await findings({ [EN]: en, [ZH]: bytes('---\n', [0, 1, 2, 3]) });
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
  });

  it('reports invalid UTF-8 at the first bad byte', async () => {
    const found = await findings({ [EN]: bytes(page('Café.\nabc'), [0xff], 'def\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:8:4 ${RULE}`]);
    expect(found[0].message).toContain('not valid UTF-8');
  });

  it('counts the column of a bad byte in characters, after multi-byte text', async () => {
    // Two 3-byte characters, then a truncated 3-byte sequence: column 3.
    const found = await findings({ [EN]: bytes(page('文本'), [0xe6, 0x96], '\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:3 ${RULE}`]);
  });

  it('finds the bad byte even when the text already has a U+FFFD character before it', async () => {
    // Line 7 has a real U+FFFD (valid UTF-8: EF BF BD); the bad byte is on line 8.
    const found = await findings({ [EN]: bytes(page('A literal \ufffd here.\nabc'), [0xc3, 0x28], '\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:8:4 ${RULE}`]);
  });

  it('reports invalid YAML in a variables file at the YAML error', async () => {
    const found = await findings({ [EN]: page('Text.\n'), 'data/variables/product.yml': 'prodname: GitHub\nprodname: GitHub Enterprise\n' }, RULE);
    expect(where(found)).toEqual([`data/variables/product.yml:2:1 ${RULE}`]);
    expect(found[0].message).toContain('Invalid YAML');
  });

  it('reports a YAML syntax error in a translated variables file at its position', async () => {
    const files = {
      [EN]: page('Text.\n'),
      'data/variables/product.yml': 'prodname: GitHub\n',
      'translations/zh-CN/data/variables/product.yml': 'prodname: GitHub\nplan: 免费: 是\n',
    };
    // A mapping inside a compact value: the error is at `免费`, line 2, column 7.
    expect(where(await findings(files, RULE))).toEqual([`translations/zh-CN/data/variables/product.yml:2:7 ${RULE}`]);
  });

  describe('a BOM and CRLF line endings', () => {
    it('are no parse error, and other rules still report the right line and column', async () => {
      const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
      const files = {
        'content/a/b.md': page('## Getting started\n'),
        [EN]: bytes([0xef, 0xbb, 0xbf], crlf("---\ntitle: A\nversions:\n  fpt: '*'\n  ghes: '*'\nverisons: x\n---\n\nSee [t](/a/b#nope) and `secrets`.\n")),
        [ZH]: bytes([0xef, 0xbb, 0xbf], crlf("---\ntitle: 甲\nversions:\n  fpt: '*'\n  ghes: '>=3.5'\nverisons: x\n---\n\n见 [t](/a/b#nope) 和 `机密`。\n")),
      };
      const found = await findings(files);
      expect(found.filter((f) => f.ruleId === RULE)).toEqual([]);
      expect(where(found.filter((f) => f.file === EN))).toEqual([
        `${EN}:6:1 frontmatter-schema`, // `verisons`
        `${EN}:9:13 link-anchor`, // `See [t](/a/b` is 12 characters
      ]);
      // The translation copied the schema and anchor defects (reported on the source only).
      expect(where(found.filter((f) => f.file === ZH))).toEqual([
        `${ZH}:5:9 frontmatter-versions`, // `  ghes: ` is 8 characters
        `${ZH}:9:20 code-span-parity`, // `见 [t](/a/b#nope) 和 ` is 19 characters
      ]);
    });
  });
});
