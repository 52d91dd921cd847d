import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** A docs tree in a fresh git repository, everything committed. */
function gitTree(files: Record<string, string>): string {
  const root = makeTree(files);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'start');
  return root;
}

/** The files a JSON run reported on (every linted file has a result, clean or not). */
function linted(args: string[], cwd: string): string[] {
  const result = run([...args, '--format', 'json'], cwd);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { filePath: string }[]).map((r) => r.filePath);
}

const ZH_A = 'translations/zh-CN/content/a.md';
const tree = {
  'content/a.md': page('{% data reusables.x.y %}\n\n## Part\n'),
  'content/b.md': page('Text {% data variables.product.name %}.\n'),
  'content/c.md': page('Plain.\n'),
  'data/reusables/x/y.md': 'A sentence.\n',
  'data/variables/product.yml': 'name: Product\n',
  [ZH_A]: page('{% data reusables.x.y %}\n\n## 部分\n'),
  'translations/zh-CN/content/b.md': page('文本 {% data variables.product.name %}。\n'),
  'translations/zh-CN/content/c.md': page('正文。\n'),
  'translations/zh-CN/data/reusables/x/y.md': '一句话。\n',
  'translations/ja-JP/content/a.md': page('{% data reusables.x.y %}\n\n## 部分\n'),
  'README.md': '# Docs\n',
};

describe('--changed-since and --staged', () => {
  it('lints the changed and untracked files, not the deleted ones nor the rest', () => {
    const root = gitTree(tree);
    writeFileSync(path.join(root, ZH_A), page('\n## 部分\n'));
    writeFileSync(path.join(root, 'translations/ja-JP/content/c.md'), page('本文。\n'));
    writeFileSync(path.join(root, 'README.md'), '# Docs, changed\n');
    rmSync(path.join(root, 'translations/zh-CN/content/c.md'));
    expect(linted(['--changed-since', 'HEAD'], root)).toEqual(['translations/ja-JP/content/c.md', ZH_A]);
    const result = run(['--changed-since', 'HEAD'], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/translations\/zh-CN\/content\/a\.md:\d+:\d+ +error .*liquid-tag-parity/);
  });

  it('relints the translations of a changed English page', () => {
    const root = gitTree(tree);
    writeFileSync(path.join(root, 'content/c.md'), page('Plain, edited.\n'));
    expect(linted(['--changed-since', 'HEAD'], root)).toEqual(['content/c.md', 'translations/zh-CN/content/c.md']);
  });

  it('relints the pages that use a changed reusable or variables file, in the languages concerned', () => {
    const root = gitTree(tree);
    writeFileSync(path.join(root, 'translations/zh-CN/data/reusables/x/y.md'), '一句新话。\n');
    expect(linted(['--changed-since', 'HEAD'], root)).toEqual([ZH_A, 'translations/zh-CN/data/reusables/x/y.md']);
    git(root, 'checkout', '-q', '--', '.');
    writeFileSync(path.join(root, 'data/variables/product.yml'), 'name: The product\n');
    expect(linted(['--changed-since', 'HEAD'], root)).toEqual(['content/b.md', 'data/variables/product.yml', 'translations/zh-CN/content/b.md']);
  });

  it('compares with an older commit, from a subfolder of the repository', () => {
    const root = gitTree(tree);
    writeFileSync(path.join(root, 'translations/zh-CN/content/c.md'), page('正文，改过。\n'));
    git(root, 'commit', '-q', '-am', 'edit');
    expect(linted(['--changed-since', 'HEAD~1', '--root', '..'], path.join(root, 'content'))).toEqual(['translations/zh-CN/content/c.md']);
    expect(linted(['--changed-since', 'HEAD'], root)).toEqual([]);
    expect(run(['--changed-since', 'HEAD'], root)).toMatchObject({ status: 0, stdout: '' });
  });

  it('--staged lints what is staged, not what is only in the work tree', () => {
    const root = gitTree(tree);
    writeFileSync(path.join(root, ZH_A), page('\n## 部分\n'));
    writeFileSync(path.join(root, 'translations/zh-CN/content/c.md'), page('正文，改过。\n'));
    git(root, 'add', ZH_A);
    expect(linted(['--staged'], root)).toEqual([ZH_A]);
    expect(run(['--staged'], root).status).toBe(1);
  });

  it.each([
    [['--changed-since', 'no-such-ref'], /^docs-lint: --changed-since: "no-such-ref" is not a commit of the repository at .*\.\n$/],
    [['--changed-since', 'HEAD', '--staged'], /^docs-lint: Use either --changed-since or --staged, not both\.\n$/],
    [['--staged', 'content/a.md'], /^docs-lint: --staged chooses the files itself; do not pass paths with it\.\n$/],
  ])('%j is a usage error: one line, exit 2', (args, message) => {
    const result = run(args, gitTree(tree));
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('outside a git repository, says so in one line and exits 2', () => {
    const root = makeTree(tree);
    const result = run(['--staged'], root);
    expect(result.stderr).toBe(`docs-lint: ${root} is not in a git repository; --changed-since and --staged need one.\n`);
    expect(result.status).toBe(2);
  });
});

describe('files passed as arguments (as pre-commit passes them)', () => {
  it('lints a translated file as a variant of its page and skips files outside the docs tree', () => {
    const root = makeTree({ ...tree, [ZH_A]: page('\n## 部分\n') });
    const result = run([ZH_A, 'README.md', '--format', 'json'], root);
    expect((JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([
      [ZH_A, ['liquid-tag-parity']],
    ]);
    expect(result.status).toBe(1);
    expect(run(['README.md'], root)).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});
