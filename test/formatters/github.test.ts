import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, MAX_ERROR_ANNOTATIONS, MAX_WARNING_ANNOTATIONS } from '../../src/report/formatters/github.js';
import { page } from '../helpers.js';
import { lintFiles, translatedWithDefects, treeWith } from './trees.js';

describe('github format', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    // `%` first, so that the escapes themselves are not escaped again.
    expect(escapeProperty('%0A')).toBe('%250A');
  });

  it('prints one workflow command per finding, errors first, with file, line, columns and rule', async () => {
    const results = await lintFiles(treeWith(translatedWithDefects, { 'translations/ja-JP/data/reusables/x/y.md': 'A reusable sentence written in English.\n' }));
    const lines = formatGithub(results).trimEnd().split('\n');
    expect(lines.map((line) => line.replace(/::(?!.*::).*$/, ''))).toEqual([
      '::error file=translations/ja-JP/content/a.md,line=7,col=5,endLine=7,endColumn=9,title=code-span-parity',
      '::error file=translations/ja-JP/content/a.md,line=7,col=14,endLine=7,endColumn=14,title=liquid-tag-parity',
      '::error file=translations/ja-JP/content/a.md,line=9,col=5,endLine=9,endColumn=11,title=code-span-parity',
      '::error file=translations/ja-JP/content/a.md,line=9,col=14,endLine=9,endColumn=18,title=code-span-parity',
      '::warning file=translations/ja-JP/data/reusables/x/y.md,line=1,col=1,endLine=1,endColumn=1,title=untranslated-reusable',
    ]);
    // The message's `%` (from `{% data %}`) is escaped; nothing else in it needs to be.
    expect(lines[1]).toMatch(/::`\{%25 data reusables\.x\.y %25\}` is missing after this point \(present in the source at line 9\)\.$/);
  });

  it('escapes a path with %, : and , and a message with a line break', async () => {
    const results = await lintFiles({
      'content/a.md': page('Text.\n'),
      'translations/ja-JP/content/100%,a:b.md': '---\ntitle: [unclosed\nversions: 1\n---\n',
    });
    const output = formatGithub(results);
    expect(output).toContain('::error file=translations/ja-JP/content/100%25%2Ca%3Ab.md,line=');
    // Every command is one line: a CR or LF in a message would end it early.
    for (const line of output.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) [^:]*::[^\r]*$/);
    // A hand-made result with every special character: no rule writes a line break in a message.
    const crafted = formatGithub([
      { filePath: 'a,b:c%.md', errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, messages: [{ ruleId: 'r', severity: 2, message: 'a: b, 50%\r\nnext', line: 1, column: 2, endLine: 3, endColumn: 4 }] },
    ]);
    expect(crafted).toBe('::error file=a%2Cb%3Ac%25.md,line=1,col=2,endLine=3,endColumn=4,title=r::a: b, 50%25%0D%0Anext\n');
  });

  it(`caps annotations at ${MAX_ERROR_ANNOTATIONS} errors and ${MAX_WARNING_ANNOTATIONS} warnings and says how many more there are`, async () => {
    // 12 pages with a translated code span (errors) and 11 reusables left in English (warnings).
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      files[`content/p${String(i).padStart(2, '0')}.md`] = page('Use `secrets` here.\n');
      files[`translations/ja-JP/content/p${String(i).padStart(2, '0')}.md`] = page('ここで `機密` を使う。\n');
    }
    for (let i = 0; i < 11; i++) {
      files[`data/reusables/r${String(i).padStart(2, '0')}.md`] = 'A reusable sentence written in English.\n';
      files[`translations/ja-JP/data/reusables/r${String(i).padStart(2, '0')}.md`] = 'A reusable sentence written in English.\n';
    }
    const lines = formatGithub(await lintFiles(files), { fullListAt: 'the job summary' }).trimEnd().split('\n');
    const kinds = lines.map((line) => /^::(\w+)/.exec(line)?.[1]);
    expect(kinds).toEqual([...Array<string>(MAX_ERROR_ANNOTATIONS).fill('error'), ...Array<string>(MAX_WARNING_ANNOTATIONS).fill('warning'), 'notice']);
    // Most important first: errors by file, so p00 … p09 are shown and p10, p11 are counted.
    expect(lines[0]).toContain('file=translations/ja-JP/content/p00.md,');
    expect(lines[9]).toContain('file=translations/ja-JP/content/p09.md,');
    expect(lines[lines.length - 1]).toBe(
      '::notice title=docs-lint::docs-lint: 2 more errors and 1 more warning not shown as annotations (12 errors and 11 warnings in all; GitHub shows about 10 per kind). The full list is in the job summary.',
    );
  });

  it('prints nothing for a clean tree', async () => {
    expect(formatGithub(await lintFiles({ 'content/a.md': page('Text.\n'), 'translations/ja-JP/content/a.md': page('テキスト。\n') }))).toBe('');
  });
});
