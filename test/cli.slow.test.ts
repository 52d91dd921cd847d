import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

/** Runs the CLI from its TypeScript source in a child process, as a user would run the bin. */
function run(args: string[], cwd = repo): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cleanTree = {
  'content/a.md': page('{% data reusables.x.y %}\n\n## Part\n\nSee [part](#part).\n'),
  'data/reusables/x/y.md': 'A reusable sentence written in English.\n',
  'translations/ja-JP/content/a.md': page('{% data reusables.x.y %}\n\n## 部分\n\n[部分](#part)を参照。\n'),
  'translations/ja-JP/data/reusables/x/y.md': '英語で書かれた再利用可能な文章です。\n',
};

describe('docs-lint CLI', () => {
  it('exits 0 and prints nothing on a clean tree', () => {
    const root = makeTree(cleanTree);
    const result = run(['--root', root]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('prints file:line:col severity message rule-id and exits 1 on errors', () => {
    const root = makeTree({ ...cleanTree, 'translations/ja-JP/content/a.md': page('\n## 部分\n\n[部分](#part)を参照。\n') });
    const result = run(['--root', root]);
    expect(result.status).toBe(1);
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/translations\/ja-JP\/content\/a\.md:8:1 +error +`\{% data reusables\.x\.y %\}` is missing before this point .* liquid-tag-parity$/);
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('writes ESLint-style JSON with paths relative to the root', () => {
    const root = makeTree({ ...cleanTree, 'translations/ja-JP/content/a.md': page('\n## 部分\n\n[部分](#part)を参照。\n') });
    const result = run(['--root', root, '--format', 'json']);
    const parsed = JSON.parse(result.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; line: number; column: number; severity: number }[] }[];
    const ja = parsed.find((r) => r.filePath === 'translations/ja-JP/content/a.md');
    expect(ja?.errorCount).toBe(1);
    expect(ja?.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['liquid-tag-parity', 2, 8, 1]]);
    expect(parsed.map((r) => r.filePath)).toContain('content/a.md');
  });

  it('exits 0 with warnings only, and 1 when they exceed --max-warnings', () => {
    const root = makeTree({ ...cleanTree, 'translations/ja-JP/data/reusables/x/y.md': 'A reusable sentence written in English.\n' });
    expect(run(['--root', root]).status).toBe(0);
    const strict = run(['--root', root, '--max-warnings', '0']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('untranslated-reusable');
  });

  it('narrows the run to the given files and languages', () => {
    const root = makeTree({
      ...cleanTree,
      'translations/zh-CN/content/a.md': page('\n## 部分\n'),
      'translations/ja-JP/content/a.md': page('\n## 部分\n'),
    });
    const ja = run([path.join(root, 'translations/ja-JP/content/a.md'), '--root', root, '--format', 'json']);
    expect((JSON.parse(ja.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual(['translations/ja-JP/content/a.md']);
    const all = run([path.join(root, 'content/a.md'), '--root', root, '--lang', 'zh-CN', '--format', 'json']);
    expect((JSON.parse(all.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual(['translations/zh-CN/content/a.md']);
  });

  it('--rule turns a rule off', () => {
    const root = makeTree({ ...cleanTree, 'translations/ja-JP/content/a.md': page('\n## 部分\n\n[部分](#part)を参照。\n') });
    expect(run(['--root', root, '--rule', 'liquid-tag-parity:off']).status).toBe(0);
  });

  it.each([
    [['--rule', 'no-such-rule:error'], /Unknown rule "no-such-rule"/],
    [['--rule', 'liquid-syntax:loud'], /--rule takes ID:off\|warn\|error/],
    [['--format', 'xml'], /Unknown format "xml"/],
    [['--bogus'], /^docs-lint: Unknown option '--bogus'\. \(see docs-lint --help\)\n$/],
    [['--jobs', '-1'], /^docs-lint: --jobs needs a value; one that starts with "-" is written --jobs=VALUE\. \(see docs-lint --help\)\n$/],
    [['--max-file-size=-1'], /--max-file-size takes a number of bytes, not "-1"/],
    [['missing/file.md'], /No such file or folder: missing\/file\.md/],
    [['--lang', 'ja-JP,zh-TW'], /The tree has no translations\/zh-TW folder \(languages: ja-JP\); check --lang\./],
  ])('usage error %j: one line on stderr, exit 2', (args, message) => {
    const root = makeTree(cleanTree);
    const result = run([...args, '--root', root], root);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('stops quietly when the reader closes the pipe early (docs-lint | head), keeping the exit code', async () => {
    // Far more output than a pipe holds, so that writing goes on after the reader is gone.
    const links = Array.from({ length: 3000 }, (_, i) => `See [x](#nowhere-${i}).`).join('\n\n');
    const root = makeTree({ 'content/a.md': page(`## Part\n\n${links}\n`) });
    const child = spawn(process.execPath, ['--import', tsx, cli, '--root', root, '--format', 'json'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('exits 2 for a root that is not a docs tree', () => {
    const root = makeTree({ 'README.md': 'nothing here\n' });
    const result = run(['--root', root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/neither a content\/ nor a translations\/ folder/);
  });

  it('turns broken files into findings and still checks the rest', () => {
    const root = makeTree({
      ...cleanTree,
      'translations/zh-CN/content/a.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x00, 0x01]),
      'translations/es-ES/content/a.md': page('{% data reusables.x.y %}\n\n## Parte\n\n{% if x %}\n'),
      'translations/pt-BR/content/a.md': '---\ntitle: [unclosed\n---\n',
    });
    const result = run(['--root', root, '--format', 'json']);
    const rules = (JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((r) => [r.filePath, [...new Set(r.messages.map((m) => m.ruleId))].sort()]);
    expect(result.stderr).toBe('');
    expect(Object.fromEntries(rules)).toMatchObject({
      'translations/zh-CN/content/a.md': ['parse-error'],
      'translations/es-ES/content/a.md': ['liquid-syntax', 'untranslated-reusable'],
      'translations/pt-BR/content/a.md': expect.arrayContaining(['frontmatter-schema']) as unknown,
    });
  });
});
