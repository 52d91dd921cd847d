import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { applyBaseline, baselineOf, readBaseline, serializeBaseline, updateBaseline } from '../src/report/baseline.js';
import { lint, UsageError, type LintResult } from '../src/engine/lint.js';
import { makeTree, page } from './helpers.js';

const source = page('Use `secrets` here.\n\nUse `token` there.\n\n{% data reusables.x.y %}\n');
const translation = page('ここで `機密` を使う。\n\nそこで `トークン` を使う。\n\n{% data reusables.x.y %}\n');
const tree = {
  'content/a.md': source,
  'data/reusables/x/y.md': 'A reusable sentence written in English.\n',
  'translations/ja-JP/content/a.md': translation,
  'translations/ja-JP/data/reusables/x/y.md': '英語で書かれた再利用可能な文章です。\n',
};

async function lintTree(files: Record<string, string>): Promise<LintResult[]> {
  return (await lint({ root: makeTree(files), rules })).results;
}
const everything = (): boolean => true;
const notFixable = (): boolean => false;
const reported = (results: LintResult[]) => results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`));

describe('baseline', () => {
  it('keeps matching after an unrelated edit moves the findings to other lines', async () => {
    const before = await lintTree(tree);
    expect(reported(before)).toEqual(['translations/ja-JP/content/a.md:7:5 code-span-parity', 'translations/ja-JP/content/a.md:9:5 code-span-parity']);
    const baseline = baselineOf(before);

    const moved = await lintTree({ ...tree, 'translations/ja-JP/content/a.md': page(`前書きの段落。\n\nもう一つの段落。\n\n${translation.split('---\n\n')[1]}`) });
    expect(reported(moved)).toEqual(['translations/ja-JP/content/a.md:11:5 code-span-parity', 'translations/ja-JP/content/a.md:13:5 code-span-parity']);
    const applied = applyBaseline(moved, baseline, notFixable, everything);
    expect(reported(applied.results)).toEqual([]);
    expect(applied.results.find((r) => r.filePath === 'translations/ja-JP/content/a.md')?.errorCount).toBe(0);
    expect(applied).toMatchObject({ suppressed: 2, stale: 0 });
  });

  it('still matches after the line endings change to CRLF', async () => {
    const files = { ...tree, 'content/a.md': page('Text.\n', "title: Example\nversions:\n  fpt: '*'\n  ghes: '*'\n"), 'translations/ja-JP/content/a.md': page('テキスト。\n') };
    const baseline = baselineOf(await lintTree(files));
    const crlf = await lintTree({ ...files, 'translations/ja-JP/content/a.md': files['translations/ja-JP/content/a.md'].replace(/\n/g, '\r\n') });
    expect(reported(crlf)).toEqual(['translations/ja-JP/content/a.md:3:1 frontmatter-versions']);
    expect(baseline.entries.find((e) => e.rule === 'frontmatter-versions')?.span).toBe('versions:\n  ');
    expect(reported(applyBaseline(crlf, baseline, notFixable, everything).results)).toEqual([]);
  });

  it('reports a new finding, and one more of a kind the baseline has fewer of', async () => {
    const baseline = baselineOf(await lintTree(tree));
    const worse = await lintTree({
      ...tree,
      'content/a.md': page('Use `secrets` here.\n\nUse `token` there.\n\n{% data reusables.x.y %}\n\nUse `secrets` here.\n'),
      'translations/ja-JP/content/a.md': page('ここで `機密` を使う。\n\nそこで `トークン` を使う。\n\n{% data reusables.x.y %}\n\nここで `機密` を使う。\n'),
    });
    const applied = applyBaseline(worse, baseline, notFixable, everything);
    expect(reported(applied.results)).toEqual(['translations/ja-JP/content/a.md:13:5 code-span-parity']);
    expect(applied.results.find((r) => r.filePath === 'translations/ja-JP/content/a.md')?.errorCount).toBe(1);
  });

  it('prunes entries that no longer occur on write, and counts what was added and pruned', async () => {
    const previous = baselineOf(await lintTree(tree));
    // The first code span is fixed; a new defect appears in the reusable.
    const fixed = await lintTree({ ...tree, 'translations/ja-JP/content/a.md': translation.replace('`機密`', '`secrets`'), 'translations/ja-JP/data/reusables/x/y.md': 'A reusable sentence written in English.\n' });
    const update = updateBaseline(fixed, previous, everything);
    expect(update).toMatchObject({ added: 1, pruned: 1 });
    expect(update.baseline.entries.map((e) => `${e.file} ${e.rule} ${e.text}`)).toEqual([
      'translations/ja-JP/content/a.md code-span-parity そこで `トークン` を使う。',
      'translations/ja-JP/data/reusables/x/y.md untranslated-reusable A reusable sentence written in English.',
    ]);
    // Applying the old baseline to the fixed tree says one entry is stale.
    expect(applyBaseline(fixed, previous, notFixable, everything).stale).toBe(1);
  });

  it('keeps the entries of files a narrowed run did not look at', async () => {
    const previous = baselineOf(await lintTree(tree));
    const update = updateBaseline([], previous, (entry) => entry.file.startsWith('translations/zh-CN/'));
    expect(update).toMatchObject({ added: 0, pruned: 0 });
    expect(update.baseline.entries).toEqual(previous.entries);
  });

  it('round-trips through its file, sorted, and rejects a file that is not a baseline', async () => {
    const baseline = baselineOf(await lintTree(tree));
    const root = makeTree({});
    const file = path.join(root, 'baseline.json');
    writeFileSync(file, serializeBaseline(baseline));
    expect(readBaseline(file).entries).toEqual([...baseline.entries].sort((a, b) => (a.text < b.text ? -1 : 1)));
    writeFileSync(file, '{"name": "not a baseline"}');
    expect(() => readBaseline(file)).toThrow(UsageError);
    writeFileSync(file, 'not json');
    expect(() => readBaseline(file)).toThrow(/is not JSON/);
    expect(() => readBaseline(path.join(root, 'missing.json'))).toThrow(/Cannot read the baseline .*missing\.json: ENOENT/);
  });
});
