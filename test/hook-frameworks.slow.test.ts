import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * docs-lint installed the ways users install it, from the registry's packages and from a commit of this
 * checkout: as a packed tarball (what the registry serves), as a git dependency, as a hook of the real
 * pre-commit framework and through husky + lint-staged. Each needs the npm registry for the dependencies;
 * the pre-commit case needs the `pre-commit` command (CI installs it; elsewhere it is skipped).
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = 'translations/ja-JP/content/rest/reference/enterprise-admin.md';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, timeout: 300_000 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function git(cwd: string, ...args: string[]): string {
  return ok(run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], cwd), `git ${args.join(' ')}`);
}

const hasCommand = (name: string): boolean => run('sh', ['-c', `command -v ${name}`], repo).status === 0;

/**
 * A git repository holding this checkout's files as they are now (tracked and untracked, not ignored), so
 * that what is tested is the work tree, committed or not.
 */
function snapshotRepository(): { dir: string; commit: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docs-lint-hook-repo-'));
  const files = ok(run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo), 'git ls-files').split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(repo, file);
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'docs-lint snapshot');
  return { dir, commit: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** A docs repository with the bundled example tree, committed before any hook is installed. */
function docsRepository(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docs-lint-docs-'));
  for (const folder of ['content', 'data', 'translations']) cpSync(path.join(repo, folder), path.join(dir, folder), { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(dir, file), text);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'docs');
  return dir;
}

/** Stage a change to the clean Japanese page: `broken` translates a Liquid keyword, otherwise only prose changes. */
function stageChange(dir: string, broken: boolean): void {
  const file = path.join(dir, PAGE);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, broken ? text.replace('{% data variables.product.prodname_dotcom %}', '{% データ variables.product.prodname_dotcom %}') : text.replace('オーナー向けです。', 'オーナー向けのものです。'));
  git(dir, 'add', PAGE);
}

/** `git commit` with the hooks installed, as a user would run it. */
function commit(dir: string, message: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', 'commit', '-m', message], dir, env);
}

let snapshot: { dir: string; commit: string };
let tarball: string;

beforeAll(() => {
  snapshot = snapshotRepository();
  // `npm pack` must print the tarball's name and nothing else on stdout: pre-commit reads it as a path.
  const packed = ok(run('npm', ['pack', '--silent'], snapshot.dir), 'npm pack').trim();
  expect(packed).toMatch(/^docs-lint-[\w.-]+\.tgz$/);
  const loud = ok(run('npm', ['pack', '--dry-run', '--json'], snapshot.dir), 'npm pack --dry-run');
  expect(loud.trimStart().startsWith('[')).toBe(true);
  tarball = path.join(snapshot.dir, packed);
}, 300_000);

describe('installed as users install it', () => {
  it('from the packed tarball, as the registry serves it: bin, types and the rules, no build step', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'docs-lint-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    ok(run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project), 'npm install tarball');
    const installed = path.join(project, 'node_modules/docs-lint');
    expect(existsSync(path.join(installed, 'dist/src/index.d.ts'))).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    const tree = docsRepository();
    const result = run(path.join(project, 'node_modules/.bin/docs-lint'), ['--root', tree], project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('liquid-block-parity');
    writeFileSync(path.join(project, 'check.mjs'), "import { lint } from 'docs-lint';\nconsole.log(typeof lint);\n");
    expect(ok(run(process.execPath, ['check.mjs'], project), 'import docs-lint').trim()).toBe('function');
  }, 300_000);

  it('as a git dependency of a commit (npm i git+file://…#commit), with no TypeScript compiler', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'docs-lint-git-dep-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    ok(run('npm', ['install', '--no-audit', '--no-fund', `git+file://${snapshot.dir}#${snapshot.commit}`], project), 'npm install git dependency');
    expect(existsSync(path.join(project, 'node_modules/typescript'))).toBe(false);
    const version = ok(run(path.join(project, 'node_modules/.bin/docs-lint'), ['--version'], project), 'docs-lint --version');
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 300_000);
});

describe.skipIf(!hasCommand('pre-commit') && !process.env.CI)('the pre-commit framework', () => {
  it('installs the hook once, blocks a staged change that breaks a translation, passes a clean one', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'docs-lint-pre-commit-home-'));
    const env = { PRE_COMMIT_HOME: home };
    const config = `repos:\n  - repo: ${snapshot.dir}\n    rev: ${snapshot.commit}\n    hooks:\n      - id: docs-lint\n`;
    const dir = docsRepository({ '.pre-commit-config.yaml': config });
    ok(run('pre-commit', ['install'], dir, env), 'pre-commit install');

    stageChange(dir, true);
    const blocked = commit(dir, 'translate a keyword', env);
    const blockedOutput = blocked.stdout + blocked.stderr;
    expect(blocked.status, blockedOutput).not.toBe(0);
    expect(blockedOutput).toContain('Installing environment');
    expect(blockedOutput).toMatch(/enterprise-admin\.md:9:\d+ +error +Unknown Liquid tag `データ`/);
    expect(blockedOutput).toContain('liquid-syntax');
    expect(git(dir, 'log', '--oneline')).not.toContain('translate a keyword');

    git(dir, 'checkout', 'HEAD', '--', PAGE);
    stageChange(dir, false);
    const passed = commit(dir, 'reword a sentence', env);
    const passedOutput = passed.stdout + passed.stderr;
    expect(passed.status, passedOutput).toBe(0);
    expect(passedOutput).toMatch(/docs-lint\.+Passed/);
    // The second run reuses the environment the first one installed.
    expect(passedOutput).not.toContain('Installing environment');
    expect(git(dir, 'log', '--oneline')).toContain('reword a sentence');
  }, 600_000);
});

describe('husky + lint-staged, as the README sets them up', () => {
  it('blocks a staged change that breaks a translation and passes a clean one', () => {
    const dir = docsRepository({ 'package.json': `${JSON.stringify({ name: 'docs', private: true }, null, 2)}\n` });
    ok(run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', 'husky', 'lint-staged', tarball], dir), 'npm install husky lint-staged docs-lint');
    ok(run('npx', ['--no-install', 'husky', 'init'], dir), 'husky init');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    manifest['lint-staged'] = { '{content,data,translations}/**/*.{md,yml,yaml}': 'docs-lint' };
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(dir, '.husky/pre-commit'), 'npx lint-staged\n');
    chmodSync(path.join(dir, '.husky/pre-commit'), 0o755);
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'hooks');

    stageChange(dir, true);
    const blocked = commit(dir, 'translate a keyword');
    const blockedOutput = blocked.stdout + blocked.stderr;
    expect(blocked.status, blockedOutput).not.toBe(0);
    expect(blockedOutput).toMatch(/enterprise-admin\.md:9:\d+ +error +Unknown Liquid tag `データ`/);
    expect(git(dir, 'log', '--oneline')).not.toContain('translate a keyword');

    git(dir, 'checkout', 'HEAD', '--', PAGE);
    stageChange(dir, false);
    const passed = commit(dir, 'reword a sentence');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(git(dir, 'log', '--oneline')).toContain('reword a sentence');
  }, 600_000);
});
