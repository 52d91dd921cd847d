import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Every file below `root`, as paths relative to it, sorted. */
function listFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((entry) => statSync(path.join(root, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

/**
 * The built JavaScript is committed, so that pre-commit, a git dependency and the GitHub Action install
 * docs-lint without a TypeScript compiler. It must be what `npm run build` makes of the sources now.
 */
describe('dist/', () => {
  it('is the build of src/ and rules/ as they are (run `npm run build` and commit dist/ when this fails)', () => {
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'docs-lint-dist-'));
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', fresh], { cwd: repo, encoding: 'utf8' });
    expect(build.stdout + build.stderr).toBe('');
    const committed = path.join(repo, 'dist');
    const files = listFiles(fresh);
    expect(listFiles(committed), 'files in dist/ (stale or missing ones: run `npm run build`)').toEqual(files);
    const stale = files.filter((file) => !readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(committed, file))));
    expect(stale, 'dist/ files that differ from a fresh build: run `npm run build`').toEqual([]);
  }, 120_000);

  it('runs the committed bin from dist/, from where it is installed (paths relative to the built file)', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { bin: Record<string, string>; version: string };
    const version = spawnSync(process.execPath, [path.join(repo, manifest.bin['docs-lint']), '--version'], { encoding: 'utf8' });
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(manifest.version);
    const example = spawnSync(process.execPath, [path.join(repo, manifest.bin['docs-lint']), '--root', repo, '--format', 'json'], { encoding: 'utf8' });
    expect(example.stderr).toBe('');
    expect(example.status).toBe(1);
    expect((JSON.parse(example.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('keeps the bin executable', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(statSync(path.join(repo, manifest.bin['docs-lint'])).mode & 0o111).not.toBe(0);
  });

  it('needs no build step at install: no prepare, prepack or install script', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const hook of ['prepare', 'prepack', 'preinstall', 'install', 'postinstall']) expect(manifest.scripts[hook], hook).toBeUndefined();
  });
});
