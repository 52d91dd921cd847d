import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree, page } from '../helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tree = {
  'content/a.md': page('{% data reusables.x.y %}\n\n## Part\n\nSee [part](#part).\n'),
  'data/reusables/x/y.md': 'A reusable sentence written in English.\n',
  'translations/ja-JP/content/a.md': page('\n## 部分\n\n[部分](#part)を参照。\n'),
};

describe('docs-lint --cache on the command line', () => {
  it('writes .docs-lint-cache in the root and prints the same on the next run', () => {
    const root = makeTree(tree);
    const first = run(['--root', root, '--cache', '--format', 'json'], root);
    expect(first.status).toBe(1);
    expect(existsSync(path.join(root, '.docs-lint-cache'))).toBe(true);
    const second = run(['--root', root, '--cache', '--format', 'json'], root);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(1);
  }, 60_000);

  it('--cache-location puts it elsewhere (relative to the current directory); without --cache there is none', () => {
    const root = makeTree(tree);
    run(['--root', root, '--cache-location', 'cache-file'], root);
    expect(existsSync(path.join(root, 'cache-file'))).toBe(false);
    run(['--root', root, '--cache', '--cache-location', 'cache-file'], root);
    expect(existsSync(path.join(root, 'cache-file'))).toBe(true);
    expect(existsSync(path.join(root, '.docs-lint-cache'))).toBe(false);
  }, 60_000);

  it('rejects --jobs 0 as a usage error', () => {
    const root = makeTree(tree);
    const result = run(['--root', root, '--jobs', '0'], root);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('docs-lint: --jobs takes a whole number of at least 1, not "0".');
  }, 60_000);
});
