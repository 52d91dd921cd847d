import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

/** The CLI in a child process; GitHub's variables are cleared unless `env` sets them. */
function run(args: string[], cwd: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_')));
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env: { ...base, NO_COLOR: '1', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tree = {
  'content/a.md': page('Use `secrets` here.\n\nUse `token` there.\n'),
  'translations/ja-JP/content/a.md': page('ここで `機密` を使う。\n\nそこで `トークン` を使う。\n'),
};

interface Sarif {
  version: string;
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

describe('docs-lint CLI: formats and report files', () => {
  it('--format sarif prints SARIF with paths relative to the current directory', () => {
    const root = makeTree(tree);
    const inside = run(['--format', 'sarif'], root);
    expect(inside.status).toBe(1);
    const log = JSON.parse(inside.stdout) as Sarif;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}`)).toEqual([
      'code-span-parity translations/ja-JP/content/a.md',
      'code-span-parity translations/ja-JP/content/a.md',
    ]);
    // Run from the folder above: the paths say where the tree is within it.
    const above = JSON.parse(run(['--root', path.basename(root), '--format', 'sarif'], path.dirname(root)).stdout) as Sarif;
    expect(above.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`${path.basename(root)}/translations/ja-JP/content/a.md`);
  });

  it('--format github prints workflow commands', () => {
    const root = makeTree(tree);
    const result = run(['--format', 'github'], root);
    expect(result.status).toBe(1);
    expect(result.stdout.trimEnd().split('\n').map((line) => line.split('::')[1])).toEqual([
      'error file=translations/ja-JP/content/a.md,line=7,col=5,endLine=7,endColumn=9,title=code-span-parity',
      'error file=translations/ja-JP/content/a.md,line=9,col=5,endLine=9,endColumn=11,title=code-span-parity',
    ]);
  });

  it('--format summary links to the commit GitHub Actions names', () => {
    const root = makeTree(tree);
    const result = run(['--format', 'summary'], root, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('### [translations/ja-JP/content/a.md](https://github.com/o/r/blob/abc123/translations/ja-JP/content/a.md?plain=1)');
    expect(result.stdout).toContain('| ja-JP | 2 | 0 | 2 |');
  });

  it('--summary-comment keeps the summary under 64 KiB', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) Object.assign(files, { [`content/p${i}.md`]: tree['content/a.md'], [`translations/ja-JP/content/p${i}.md`]: tree['translations/ja-JP/content/a.md'] });
    const comment = run(['--format', 'summary', '--summary-comment'], makeTree(files));
    expect(Buffer.byteLength(comment.stdout)).toBeLessThanOrEqual(64 * 1024);
    expect(comment.stdout).toMatch(/_Cut to stay under the 64 KiB limit: \d+ more findings \(in \d+ more files\) not listed\./);
  });

  it("--format json stays ESLint's (the messages' context is not printed)", () => {
    const json = JSON.parse(run(['--format', 'json'], makeTree(tree)).stdout) as { messages: Record<string, unknown>[] }[];
    expect(Object.keys(json[json.length - 1].messages[0]).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']);
  });

  it('--output-file writes another format beside the one printed', () => {
    const root = makeTree(tree);
    const result = run(['--output-file', 'out/report.sarif', '--output-file', 'summary.md'], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
    expect((JSON.parse(readFileSync(path.join(root, 'out/report.sarif'), 'utf8')) as Sarif).runs[0].results).toHaveLength(2);
    expect(readFileSync(path.join(root, 'summary.md'), 'utf8')).toMatch(/^## docs-lint\n/);
    // --output-format, one per file in order, over the extension.
    const paired = run(['--format', 'json', '--output-file', 'a.txt', '--output-format', 'github', '--output-file', 'b.log', '--output-format', 'sarif'], root);
    expect(JSON.parse(paired.stdout)).toHaveLength(2);
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toMatch(/^::error file=/);
    expect(readFileSync(path.join(root, 'b.log'), 'utf8')).toContain('"version": "2.1.0"');
  });

  it('the github notice names the output files as where the full list is', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 11; i++) Object.assign(files, { [`content/p${i}.md`]: tree['content/a.md'], [`translations/ja-JP/content/p${i}.md`]: tree['translations/ja-JP/content/a.md'] });
    const root = makeTree(files);
    const local = run(['--format', 'github', '--output-file', 'report.sarif'], root);
    expect(local.stdout.trimEnd().split('\n').pop()).toMatch(/^::notice title=docs-lint::docs-lint: 12 more errors not shown as annotations .*The full list is in report\.sarif\.$/);
    const inActions = run(['--format', 'github', '--output-file', 'summary.md', '--output-file', 'report.sarif'], root, { GITHUB_STEP_SUMMARY: path.join(root, 'step-summary') });
    expect(inActions.stdout).toMatch(/The full list is in the job summary and report\.sarif\.\n$/);
  });

  it.each([
    [['--output-file', 'report.xml'], /Cannot tell the format of report\.xml from its name/],
    [['--output-file', 'a.md', '--output-file', 'b.md', '--output-format', 'sarif'], /Give one --output-format per --output-file \(got 1 for 2\)/],
    [['--output-file', 'a.out', '--output-format', 'xml'], /Unknown format "xml": use stylish, json, sarif, github, summary/],
    [['--baseline', 'missing.json'], /Cannot read the baseline missing\.json: ENOENT/],
    [['--write-baseline', 'content'], /^docs-lint: Cannot (read|write) the baseline content: EISDIR\.\n$/],
    [['--write-baseline', 'no/such/folder/b.json'], /^docs-lint: Cannot write the baseline no\/such\/folder\/b\.json: ENOENT\.\n$/],
    [['--output-file', 'content', '--output-format', 'sarif'], /^docs-lint: Cannot write the report content: EISDIR\.\n$/],
    [['--output-file', 'content/a.md/x.sarif'], /^docs-lint: Cannot write the report content\/a\.md\/x\.sarif: (EEXIST|ENOTDIR)\.\n$/],
  ])('usage error %j: one line on stderr, exit 2', (args, message) => {
    const root = makeTree(tree);
    const result = run(args, root);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.status).toBe(2);
  });
});

describe('docs-lint CLI: baseline', () => {
  it('--write-baseline records the findings; --baseline then reports only new ones; a rewrite prunes fixed ones', () => {
    const root = makeTree(tree);
    const written = run(['--write-baseline', 'docs-lint-baseline.json'], root);
    expect(written.stderr).toBe('docs-lint: wrote 2 findings to the baseline docs-lint-baseline.json (2 new, 0 pruned that no longer occur).\n');
    expect(written.stdout).toBe('');
    expect(written.status).toBe(0);
    expect(existsSync(path.join(root, 'docs-lint-baseline.json'))).toBe(true);

    expect(run(['--baseline', 'docs-lint-baseline.json'], root)).toEqual({ status: 0, stdout: '', stderr: '' });

    // An unrelated paragraph moves both findings down; a third defect is new.
    const translation = path.join(root, 'translations/ja-JP/content/a.md');
    writeFileSync(translation, page('新しい段落。\n\nここで `機密` を使う。\n\nそこで `トークン` を使う。\n\n新しい `コード`。\n'));
    writeFileSync(path.join(root, 'content/a.md'), page('New paragraph.\n\nUse `secrets` here.\n\nUse `token` there.\n\nNew `code`.\n'));
    const next = run(['--baseline', 'docs-lint-baseline.json', '--format', 'json'], root);
    expect(next.status).toBe(1);
    const messages = (JSON.parse(next.stdout) as { messages: { line: number; message: string }[] }[]).flatMap((r) => r.messages);
    expect(messages.map((m) => `${m.line} ${m.message}`)).toEqual(['13 Code span `コード` differs from `code` in the source at line 13; code is not translated.']);

    // Fix the first defect and rewrite: one pruned, one new.
    writeFileSync(translation, page('新しい段落。\n\nここで `secrets` を使う。\n\nそこで `トークン` を使う。\n\n新しい `コード`。\n'));
    const rewritten = run(['--baseline', 'docs-lint-baseline.json', '--write-baseline', 'docs-lint-baseline.json'], root);
    expect(rewritten.stderr).toBe('docs-lint: wrote 2 findings to the baseline docs-lint-baseline.json (1 new, 1 pruned that no longer occur).\n');
    expect(rewritten.status).toBe(0);
  });

  it('--baseline says when entries no longer occur', () => {
    const root = makeTree(tree);
    run(['--write-baseline', 'b.json'], root);
    writeFileSync(path.join(root, 'translations/ja-JP/content/a.md'), page('ここで `secrets` を使う。\n\nそこで `token` を使う。\n'));
    const result = run(['--baseline', 'b.json'], root);
    expect(result.stderr).toBe('docs-lint: 2 baseline entries no longer occur; run with --write-baseline b.json to prune them.\n');
    expect(result.status).toBe(0);
  });
});
