import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { applyFixes, lintAndFix } from '../src/cli/fix.js';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

function run(args: string[], cwd = repo): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ZH = 'translations/zh-CN/content/a.md';

/** The text of `file` after the fixes its findings carry (one pass, as `--fix` makes it), and how many there were. */
async function fixedText(files: Record<string, string>, file = ZH): Promise<{ text: string; fixes: number }> {
  const root = makeTree(files);
  const report = await lint({ root, rules });
  const messages = report.results.find((result) => result.filePath === file)?.messages ?? [];
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
  return { text: applyFixes(files[file], fixes).text, fixes: fixes.length };
}

const SOURCE = page("## Part\n\nSee [part](#part). {% data reusables.x.y %}\n", "title: A\nversions:\n  fpt: '*'\n  ghec: '*'\n  ghes: '>=3.10'\n");
const PLAIN_SOURCE = page('## Part\n\nSee [part](#part). {% data reusables.x.y %}\n');
const REUSABLE = { 'data/reusables/x/y.md': 'A sentence.\n', 'translations/zh-CN/data/reusables/x/y.md': '一句话。\n' };

describe('fixes offered by the rules', () => {
  it('frontmatter-versions copies the source values, inserts missing entries and removes extra ones, leaving comments alone', async () => {
    const zh = page("## 部分\n\n见 [部分](#part)。{% data reusables.x.y %}\n", "title: 甲 # 标题\nversions: # 版本\n  fpt: '*' # 注释\n  ghes: '>=3.8'\n  ghae: '*'\n");
    const { text } = await fixedText({ 'content/a.md': SOURCE, [ZH]: zh, ...REUSABLE });
    expect(text).toBe(page("## 部分\n\n见 [部分](#part)。{% data reusables.x.y %}\n", "title: 甲 # 标题\nversions: # 版本\n  fpt: '*' # 注释\n  ghec: '*'\n  ghes: '>=3.10'\n"));
  });

  it("frontmatter-versions replaces `versions: '*'` with the source's list, and a list with '*'", async () => {
    const zh = page('正文。\n', "title: 甲\nversions: '*'\nintro: 介绍\n");
    const { text } = await fixedText({ 'content/a.md': page('Body.\n', "title: A\nversions:\n  fpt: '*'\n  ghes: '>=3.10'\nintro: Intro\n"), [ZH]: zh });
    expect(text).toBe(page('正文。\n', "title: 甲\nversions:\n  fpt: '*'\n  ghes: '>=3.10'\nintro: 介绍\n"));
    const back = await fixedText({ 'content/a.md': page('Body.\n', "title: A\nversions: '*'\n"), [ZH]: page('正文。\n', "title: 甲\nversions:\n  fpt: '*'\n") });
    expect(back.text).toBe(page('正文。\n', "title: 甲\nversions: '*'\n"));
  });

  it('frontmatter-versions offers no fix for a flow mapping or without an English source', async () => {
    const flow = await fixedText({ 'content/a.md': SOURCE, [ZH]: page('正文。\n', "title: 甲\nversions: { fpt: '*' }\n") });
    expect(flow.fixes).toBe(0);
    const siblings = await fixedText({
      'translations/ja-JP/content/a.md': page('本文。\n', "title: 甲\nversions:\n  fpt: '*'\n  ghes: '*'\n"),
      [ZH]: page('正文。\n', "title: 甲\nversions:\n  fpt: '*'\n"),
    });
    expect(siblings.fixes).toBe(0);
  });

  it('link-anchor repairs `##x` to `#x` only when `#x` resolves', async () => {
    const en = page('## Part\n\nSee [part](#part).\n');
    const good = await fixedText({ 'content/a.md': en, [ZH]: page('## 部分\n\n见 [部分](##part)。\n') });
    expect(good.text).toBe(page('## 部分\n\n见 [部分](#part)。\n'));
    const bad = await fixedText({ 'content/a.md': en, [ZH]: page('## 部分\n\n见 [部分](##parts)。\n') });
    expect(bad.fixes).toBe(0);
  });

  it('liquid-syntax restores a translated keyword when every source tag with those arguments has one name', async () => {
    const fixed = await fixedText({ 'content/a.md': PLAIN_SOURCE, [ZH]: page('## 部分\n\n见 [部分](#part)。{%- 数据 reusables.x.y %}\n'), ...REUSABLE });
    expect(fixed.text).toBe(page('## 部分\n\n见 [部分](#part)。{%- data reusables.x.y %}\n'));
    // The source uses the same arguments with two tags: which one was translated is not certain.
    const en = page('{% data reusables.x.y %} {% indented_data_reference reusables.x.y %}\n');
    const unsure = await fixedText({ 'content/a.md': en, [ZH]: page('{% data reusables.x.y %} {% 数据 reusables.x.y %}\n'), ...REUSABLE });
    expect(unsure.fixes).toBe(0);
  });

  it('liquid-syntax restores full-width delimiters when the source has that very tag', async () => {
    const fixed = await fixedText({ 'content/a.md': PLAIN_SOURCE, [ZH]: page('## 部分\n\n见 [部分](#part)。｛％ data reusables.x.y ％｝\n'), ...REUSABLE });
    expect(fixed.text).toBe(page('## 部分\n\n见 [部分](#part)。{% data reusables.x.y %}\n'));
    const unknown = await fixedText({ 'content/a.md': PLAIN_SOURCE, [ZH]: page('## 部分\n\n见 [部分](#part)。{％ data reusables.x.z ％}\n'), ...REUSABLE });
    expect(unknown.fixes).toBe(0);
  });
});

describe('lintAndFix', () => {
  it('fixes a defect copied from the source on the source first, then on the translation in the next pass', async () => {
    const en = page('## Part\n\nSee [part](##part).\n');
    const zh = page('## 部分\n\n见 [部分](##part)。\n');
    const root = makeTree({ 'content/a.md': en, [ZH]: zh });
    const outcome = await lintAndFix({ root, rules }, { write: true });
    expect(outcome.files.map((file) => [file.filePath, file.count])).toEqual([['content/a.md', 1], [ZH, 1]]);
    expect(readFileSync(path.join(root, 'content/a.md'), 'utf8')).toBe(page('## Part\n\nSee [part](#part).\n'));
    expect(readFileSync(path.join(root, ZH), 'utf8')).toBe(page('## 部分\n\n见 [部分](#part)。\n'));
    expect(outcome.report.results.flatMap((result) => result.messages)).toEqual([]);
  });
});

describe('applyFixes', () => {
  it('applies fixes in order, leaves overlapping ones and a second insertion at one point for the next pass, and writes line breaks in the text’s own style', () => {
    const text = 'a\r\nbcd\r\n';
    const result = applyFixes(text, [
      { range: [3, 5], text: 'overlaps' },
      { range: [3, 4], text: 'X' },
      { range: [0, 0], text: 'new\n' },
      { range: [0, 0], text: 'second insertion at one point\n' },
      { range: [4, 4], text: 'touches' },
    ]);
    expect(result.text).toBe('new\r\na\r\nXtouchescd\r\n');
    expect(result.applied).toHaveLength(3);
  });
});

describe('docs-lint --fix (CLI)', () => {
  const bom = '\uFEFF';
  const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
  const brokenZh = `${bom}${crlf(page('## 部分\n\n见 [部分](##part)。{% 数据 reusables.x.y %}\n', "title: 甲 # 标题\nversions:\n  fpt: '*' # 注释\n  ghes: '>=3.8'\n"))}`;
  const fixedZh = `${bom}${crlf(page('## 部分\n\n见 [部分](#part)。{% data reusables.x.y %}\n', "title: 甲 # 标题\nversions:\n  fpt: '*' # 注释\n  ghec: '*'\n  ghes: '>=3.10'\n"))}`;
  const tree = { 'content/a.md': SOURCE, ...REUSABLE, [ZH]: brokenZh };

  it('fixes a CRLF file with a BOM byte for byte, reports what is left, and a second --fix changes nothing', () => {
    const root = makeTree({ ...tree, 'content/sub/b.md': page('## Part\n'), 'translations/zh-CN/content/sub/b.md': page('## 部分\n\n见 [x](#nowhere)。\n') });
    const file = path.join(root, ZH);
    chmodSync(file, 0o640);
    const first = run(['--root', root, '--fix']);
    expect(first.stderr).toBe('');
    expect(readFileSync(file)).toEqual(Buffer.from(fixedZh));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.dirname(file))).toEqual(['a.md', 'sub']); // no temporary file left behind
    // What cannot be fixed is still reported (relinted after the fixes), and decides the exit code.
    expect(first.stdout).not.toContain(ZH);
    expect(first.stdout).toMatch(/sub\/b\.md:9:7 +error +`#nowhere` matches no heading/);
    expect(first.status).toBe(1);
    const second = run(['--root', root, '--fix']);
    expect(readFileSync(file)).toEqual(Buffer.from(fixedZh));
    expect(second.stdout).toBe(first.stdout);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const root = makeTree(tree);
    const before = readFileSync(path.join(root, ZH));
    const result = run(['--root', root, '--fix-dry-run']);
    expect(readFileSync(path.join(root, ZH))).toEqual(before);
    expect(result.stdout).toContain(`--- a/${ZH}\n+++ b/${ZH}\n`);
    expect(result.stdout).toContain("-  ghes: '>=3.8'\r\n+  ghec: '*'\r\n+  ghes: '>=3.10'\r\n");
    expect(result.stdout).toContain('-见 [部分](##part)。{% 数据 reusables.x.y %}\r\n+见 [部分](#part)。{% data reusables.x.y %}\r\n');
    expect(result.status).toBe(0);
  });

  it('keeps the JSON fix fields consistent: fix and fixableErrorCount before, output after', () => {
    const root = makeTree(tree);
    type Result = { filePath: string; errorCount: number; fixableErrorCount: number; output?: string; messages: { fix?: { range: [number, number]; text: string } }[] };
    const before = (JSON.parse(run(['--root', root, '--format', 'json']).stdout) as Result[]).find((r) => r.filePath === ZH) as Result;
    expect(before.fixableErrorCount).toBe(before.messages.filter((m) => m.fix).length);
    expect(before.fixableErrorCount).toBeGreaterThanOrEqual(3);
    expect(before.output).toBeUndefined();
    const dry = (JSON.parse(run(['--root', root, '--format', 'json', '--fix-dry-run']).stdout) as Result[]).find((r) => r.filePath === ZH) as Result;
    expect(dry.output).toBe(fixedZh.slice(1));
    expect(dry.fixableErrorCount).toBe(0);
    const fixed = (JSON.parse(run(['--root', root, '--format', 'json', '--fix']).stdout) as Result[]).find((r) => r.filePath === ZH) as Result;
    expect(fixed).toMatchObject({ errorCount: 0, fixableErrorCount: 0, output: fixedZh.slice(1) });
  });

  it('rejects --fix with --fix-dry-run', () => {
    const result = run(['--root', makeTree(tree), '--fix', '--fix-dry-run']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('docs-lint: Use either --fix or --fix-dry-run, not both.\n');
  });
});
