import { describe, expect, it } from 'vitest';
import { findings, page, where, type Found } from './helpers.js';

/**
 * The shared alignment, end to end with every rule on: what a translation drops is reported once, at
 * the place it belongs, and every other block still pairs with its own source block.
 */

const EN = 'content/long.md';
const ZH = 'translations/zh-CN/content/long.md';
const JA = 'translations/ja-JP/content/long.md';
const SECTIONS = 5;
const PER_SECTION = 6;

const en = { heading: (s: number) => `## Section ${s}`, paragraph: (i: number) => `Paragraph ${i} says: run \`cmd-${i}\` and read [the guide](/guides/p${i}); it takes ${100 + i} seconds.` };
const zh = { heading: (s: number) => `## 第 ${s} 节`, paragraph: (i: number) => `段落 ${i}：运行 \`cmd-${i}\` 并阅读[指南](/guides/p${i})；需要 ${100 + i} 秒。` };
const ja = { heading: (s: number) => `## セクション ${s}`, paragraph: (i: number) => `段落 ${i}：\`cmd-${i}\` を実行し、[ガイド](/guides/p${i}) を読みます。${100 + i} 秒かかります。` };

/** A page of SECTIONS sections of PER_SECTION paragraphs (30 in all), less what `keep` drops. */
function longPage(language: typeof en, keep: (section: number, paragraph: number | null) => boolean = () => true): string[] {
  const lines: string[] = ['Intro.', ''];
  for (let s = 1; s <= SECTIONS; s++) {
    if (keep(s, null)) lines.push(language.heading(s), '');
    for (let k = 1; k <= PER_SECTION; k++) {
      const i = (s - 1) * PER_SECTION + k;
      if (keep(s, i)) lines.push(language.paragraph(i), '');
    }
  }
  return lines;
}

const TITLE = (title: string): string => `title: ${title}\nversions:\n  fpt: '*'\n`;
/** Front matter (5 lines) and the blank line after it: body line n is file line n + 6. */
const BODY_LINE = 7;

/** `file:line:col` of the end of the body line that holds `text`. */
function endOf(lines: readonly string[], text: string): string {
  const index = lines.indexOf(text);
  expect(index).toBeGreaterThanOrEqual(0);
  return `${BODY_LINE + index}:${lines[index].length + 1}`;
}

function startOf(lines: readonly string[], text: string): string {
  const index = lines.indexOf(text);
  expect(index).toBeGreaterThanOrEqual(0);
  return `${BODY_LINE + index}:1`;
}

async function lintWith(zhLines: readonly string[]): Promise<Found[]> {
  return findings({
    [EN]: page(longPage(en).join('\n'), TITLE('Long')),
    [ZH]: page(zhLines.join('\n'), TITLE('长页面')),
    [JA]: page(longPage(ja).join('\n'), TITLE('長いページ')),
  });
}

describe('alignment of a long page', () => {
  it('has no findings when nothing is dropped', async () => {
    expect(await lintWith(longPage(zh))).toEqual([]);
  });

  it('reports a paragraph dropped in the middle only for that paragraph, where it belongs', async () => {
    const dropped = 15;
    const lines = longPage(zh, (_s, i) => i !== dropped);
    const found = await lintWith(lines);
    // Paragraph 15 followed paragraph 14: its code, link and numbers are missing after it.
    const at = `${ZH}:${endOf(lines, zh.paragraph(dropped - 1))}`;
    expect(where(found)).toEqual([`${at} code-span-parity`, `${at} link-parity`, `${at} number-parity`, `${at} number-parity`]);
    const sourceLine = BODY_LINE + longPage(en).indexOf(en.paragraph(dropped));
    expect(found.map((f) => f.message)).toEqual([
      `Code span \`cmd-15\` is missing after this point (present in the source at line ${sourceLine}).`,
      `Link to \`/guides/p15\` is missing after this point (present in the source at line ${sourceLine}).`,
      `The number 15 is missing after this point (present in the source at line ${sourceLine}).`,
      `The number 115 is missing after this point (present in the source at line ${sourceLine}).`,
    ]);
  });

  it('reports a dropped first and last paragraph at the page’s ends', async () => {
    const last = SECTIONS * PER_SECTION;
    const lines = longPage(zh, (_s, i) => i !== 1 && i !== last);
    const found = await lintWith(lines);
    // Paragraph 1 followed the first heading.
    const first = `${ZH}:${endOf(lines, zh.heading(1))}`;
    const end = `${ZH}:${endOf(lines, zh.paragraph(last - 1))}`;
    // Number 1 is small (it could be written as a word): not reported.
    expect(where(found)).toEqual([
      `${first} code-span-parity`,
      `${first} link-parity`,
      `${first} number-parity`,
      `${end} code-span-parity`,
      `${end} link-parity`,
      `${end} number-parity`,
      `${end} number-parity`,
    ]);
  });

  it('keeps blocks paired after a drop: an untranslated es-ES paragraph later on is still the only other finding', async () => {
    const es = { heading: (s: number) => `## Sección ${s}`, paragraph: (i: number) => `El párrafo ${i} dice: ejecute \`cmd-${i}\` y lea [la guía](/guides/p${i}); tarda ${100 + i} segundos.` };
    const lines = longPage(es, (_s, i) => i !== 5).map((line) => (line === es.paragraph(20) ? en.paragraph(20) : line));
    const found = await findings({ [EN]: page(longPage(en).join('\n'), TITLE('Long')), 'translations/es-ES/content/long.md': page(lines.join('\n'), TITLE('Larga')) });
    const ES = 'translations/es-ES/content/long.md';
    const at = `${ES}:${endOf(lines, es.paragraph(4))}`;
    // Number 5 is small: not reported.
    expect(where(found)).toEqual([`${at} code-span-parity`, `${at} link-parity`, `${at} number-parity`, `${ES}:${startOf(lines, en.paragraph(20))} untranslated-text`]);
    expect(found[3].message).toContain('This paragraph is the same as in the English source');
  });

  it('pairs paragraphs with nothing to anchor them by order, between the anchored ones', async () => {
    // Only every third paragraph has code, a link and numbers; the others are plain text.
    const plain = (language: typeof en, text: string): typeof en => ({ ...language, paragraph: (i) => (i % 3 === 0 ? language.paragraph(i) : text) });
    const enPlain = plain(en, 'This is plain text.');
    const zhPlain = plain(zh, '这是纯文本。');
    const files = (zhLines: readonly string[]): Record<string, string> => ({ [EN]: page(longPage(enPlain).join('\n'), TITLE('Long')), [ZH]: page(zhLines.join('\n'), TITLE('长页面')) });
    // A plain paragraph dropped: nothing to report.
    expect(await findings(files(longPage(zhPlain, (_s, i) => i !== 14)))).toEqual([]);
    // An anchored one dropped: only its items, after the plain paragraph before it.
    const lines = longPage(zhPlain, (_s, i) => i !== 15);
    // Paragraph 14 is the second of section 3.
    const at = `${ZH}:${BODY_LINE + lines.indexOf(zhPlain.heading(3)) + 4}:${zhPlain.paragraph(14).length + 1}`;
    expect(where(await findings(files(lines)))).toEqual([`${at} code-span-parity`, `${at} link-parity`, `${at} number-parity`, `${at} number-parity`]);
  });

  it('reports a dropped section, heading and text, as one heading-parity finding', async () => {
    const dropped = 3;
    const lines = longPage(zh, (s) => s !== dropped);
    const found = await lintWith(lines);
    // The heading belongs before the next section's heading, where the anchors start to shift; the
    // section's code, links and numbers are part of that one finding, not findings of their own.
    expect(where(found)).toEqual([`${ZH}:${startOf(lines, zh.heading(dropped + 1))} heading-parity`]);
    expect(found[0].message).toMatch(/^The section `## Section 3` \(lines \d+–\d+ of the source\), heading and text, is missing before this point/);
  });
});
