import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = import.meta.resolve('tsx');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
  pass_filenames?: boolean;
}

const hooks = parse(readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'docs-lint') as Hook;

/**
 * The command pre-commit runs for the hook: `entry` (for `language: node`, a bin of this package,
 * here run from its TypeScript source, as the bin is once built), the hook's args, then the staged
 * files that the `files` pattern selects (pre-commit matches it with Python's `re.search`).
 */
function runHook(root: string): { status: number | null; stdout: string; stderr: string; files: string[] } {
  const staged = spawnSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const files = staged.filter((file) => new RegExp(hook.files).test(file));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const bins = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
  const source = path.join(repo, bins[command].replace(/^dist\//, '').replace(/\.js$/, '.ts'));
  const result = spawnSync(process.execPath, ['--import', tsx, source, ...entryArgs, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : files)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, files };
}

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

const ZH = 'translations/zh-CN/content/a.md';

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook named docs-lint that runs the docs-lint bin on the files it is given', () => {
    expect(hook).toMatchObject({ id: 'docs-lint', entry: 'docs-lint', language: 'node', pass_filenames: true });
  });

  it('selects Markdown and YAML under content/, data/ and translations/ only', () => {
    const selects = (file: string): boolean => new RegExp(hook.files).test(file);
    expect(['content/a.md', 'data/reusables/x.md', 'data/variables/p.yml', 'translations/ja-JP/data/variables/p.yaml'].every(selects)).toBe(true);
    expect(['README.md', 'docs/content/a.md', 'content/image.png', 'src/data/x.yml'].some(selects)).toBe(false);
  });

  it('passes a clean commit and fails one that breaks a translation, naming the file and line', () => {
    const root = makeTree({
      'content/a.md': page('{% data reusables.x.y %}\n\n## Part\n'),
      'data/reusables/x/y.md': 'A sentence.\n',
      [ZH]: page('{% data reusables.x.y %}\n\n## 部分\n'),
      'translations/zh-CN/data/reusables/x/y.md': '一句话。\n',
      'README.md': '# Docs\n',
    });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    const clean = runHook(root);
    expect(clean.files).toEqual(['content/a.md', 'data/reusables/x/y.md', ZH, 'translations/zh-CN/data/reusables/x/y.md']);
    expect(clean).toMatchObject({ status: 0, stdout: '', stderr: '' });
    git(root, 'commit', '-q', '-m', 'start');

    writeFileSync(path.join(root, ZH), page('{% 数据 reusables.x.y %}\n\n## 部分\n'));
    writeFileSync(path.join(root, 'README.md'), '# Docs, edited\n');
    git(root, 'add', '-A');
    const broken = runHook(root);
    expect(broken.files).toEqual([ZH]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/translations\/zh-CN\/content\/a\.md:7:1 +error +Unknown Liquid tag `数据`.* liquid-syntax/);
  });
});
