import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, formatSummary, markdownText } from '../../src/report/formatters/summary.js';
import { page } from '../helpers.js';
import { lintFiles, ruleMetas, translatedWithDefects, treeWith } from './trees.js';

const base = 'https://github.com/o/r/blob/0123abc/';

describe('summary format', () => {
  it('has a row of counts by rule per language, then the findings by file with links to their lines', async () => {
    const results = await lintFiles({
      ...treeWith(translatedWithDefects, { 'translations/ja-JP/data/reusables/x/y.md': 'A reusable sentence written in English.\n' }),
      'translations/zh-CN/content/a.md': page('使用 `secrets`。\n\n{% data reusables.x.y %}\n\n还有 `token` 和 `secrets`。\n'),
      'translations/zh-CN/data/reusables/x/y.md': '用英语写的可重用句子。\n',
      'translations/es-ES/content/a.md': page('Usa `secretos` aquí.\n\n{% data reusables.x.y %}\n\nY `token` y `secrets`.\n'),
      'translations/es-ES/data/reusables/x/y.md': 'Una frase reutilizable.\n',
    });
    const summary = formatSummary(results, { rules: ruleMetas, linkBase: base });
    const lines = summary.split('\n');
    expect(lines.slice(0, 3)).toEqual(['## docs-lint', '', '**5 errors and 1 warning** in 3 of 8 files checked.']);
    const table = lines.filter((line) => line.startsWith('|'));
    expect(table[0]).toBe(
      '| language | errors | warnings | [liquid-tag-parity](https://github.com/docs-lint/docs-lint/blob/main/docs/rules/liquid-tag-parity.md) | [code-span-parity](https://github.com/docs-lint/docs-lint/blob/main/docs/rules/code-span-parity.md) | [untranslated-reusable](https://github.com/docs-lint/docs-lint/blob/main/docs/rules/untranslated-reusable.md) |',
    );
    expect(table.slice(2)).toEqual(['| es-ES | 1 | 0 | 0 | 1 | 0 |', '| ja-JP | 4 | 1 | 1 | 3 | 1 |']);
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([
      `### [translations/es-ES/content/a.md](${base}translations/es-ES/content/a.md?plain=1)`,
      `### [translations/ja-JP/content/a.md](${base}translations/ja-JP/content/a.md?plain=1)`,
      `### [translations/ja-JP/data/reusables/x/y.md](${base}translations/ja-JP/data/reusables/x/y.md?plain=1)`,
    ]);
    expect(lines).toContain(
      `- ❌ error [7:5](${base}translations/ja-JP/content/a.md?plain=1#L7) Code span \`機密\` differs from \`secrets\` in the source at line 7; code is not translated. ([code-span-parity](https://github.com/docs-lint/docs-lint/blob/main/docs/rules/code-span-parity.md))`,
    );
    expect(lines.filter((line) => line.startsWith('- ')).length).toBe(6);
    expect(summary).not.toContain('Cut to stay under');
  });

  it('links relative paths without a link base', async () => {
    const summary = formatSummary(await lintFiles(treeWith(translatedWithDefects)), { rules: ruleMetas });
    expect(summary).toContain('### [translations/ja-JP/content/a.md](translations/ja-JP/content/a.md)');
    expect(summary).toContain('- ❌ error [9:14](translations/ja-JP/content/a.md#L9) ');
  });

  it('says so when there is nothing to report', async () => {
    const results = await lintFiles({ 'content/a.md': page('Text.\n'), 'translations/ja-JP/content/a.md': page('テキスト。\n') });
    expect(formatSummary(results, { rules: ruleMetas })).toBe('## docs-lint\n\nNo problems in 2 files checked.\n');
  });

  it('cuts the list to stay under the limit and says what was cut', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`content/p${String(i).padStart(3, '0')}.md`] = page('Use `secrets` here.\n');
      files[`translations/ja-JP/content/p${String(i).padStart(3, '0')}.md`] = page('ここで `機密` を使う。\n');
    }
    const results = await lintFiles(files);
    const full = formatSummary(results, { rules: ruleMetas, linkBase: base });
    expect(Buffer.byteLength(full)).toBeGreaterThan(COMMENT_LIMIT);
    expect(full).not.toContain('Cut to stay under');

    const cut = formatSummary(results, { rules: ruleMetas, linkBase: base, limit: COMMENT_LIMIT, fullListAt: 'the job summary' });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = cut.split('\n').filter((line) => line.startsWith('- ')).length;
    const shownFiles = cut.split('\n').filter((line) => line.startsWith('### ')).length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(300);
    expect(cut.trimEnd().split('\n').pop()).toBe(
      `_Cut to stay under the 64 KiB limit: ${300 - shown} more findings (in ${300 - shownFiles} more files) not listed. The full list is in the job summary._`,
    );
    // The counts table still covers everything.
    expect(cut).toContain('| ja-JP | 300 | 0 | 300 |');
  });

  it('writes messages as inline Markdown that shows as written', () => {
    expect(markdownText('a <b>tag</b>, *stars* and [link](x) but `<code> *kept*` as is')).toBe(
      'a \\<b\\>tag\\</b\\>, \\*stars\\* and \\[link\\](x) but `<code> *kept*` as is',
    );
    expect(markdownText('line one\nline two\r\nthree')).toBe('line one line two three');
    expect(markdownText('an unpaired ` backtick')).toBe('an unpaired \\` backtick');
  });
});
