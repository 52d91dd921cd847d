import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

/** Runs the CLI from its TypeScript source in a child process, as a user would run the bin. */
function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number; line: number; column: number }[];
}

function rows(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.severity}`));
}

/** A source and two translations whose code span was translated (code-span-parity errors). */
const tree = {
  'content/a.md': page('Run `npm test` first.\n'),
  'translations/ja-JP/content/a.md': page('最初に `npm テスト` を実行します。\n'),
  'translations/es-ES/content/a.md': page('Ejecute `npm prueba` primero.\n'),
};

describe('docs-lint CLI with a config', () => {
  it.each([
    ['{\n  "rules": {\n    "code-span-parity": "warn"\n    "link-anchor": "off"\n  }\n}\n', /^docs-lint: docs-lint\.config\.json:4:5: invalid JSON: .+$/],
    [
      JSON.stringify({ overrides: [{ languages: ['ja-JP'], rules: { 'code-span-parity': 'loud' } }] }),
      /^docs-lint: docs-lint\.config\.json: overrides\[0\]\.rules\["code-span-parity"\]: expected "off" \| "warn" \| "error"$/,
    ],
    [JSON.stringify({ rules: { 'no-such-rule': 'off' } }), /^docs-lint: docs-lint\.config\.json: rules\["no-such-rule"\]: unknown rule "no-such-rule" \(docs-lint --help lists the rules\)$/],
  ])('config error %j: one line on stderr, exit 2', (config, message) => {
    const root = makeTree({ ...tree, 'docs-lint.config.json': config });
    const result = run(['--root', root], root);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('--config FILE names the file as given in its errors, and is used instead of the root one', () => {
    const root = makeTree({ ...tree, 'docs-lint.config.json': '{}', 'cfg/strict.json': '{ "rules": { "code-span-parity": 1 } }' });
    const result = run(['--root', root, '--config', 'cfg/strict.json'], root);
    expect(result.stderr.trimEnd()).toBe('docs-lint: cfg/strict.json: rules["code-span-parity"]: expected "off" | "warn" | "error" or ["off" | "warn" | "error", { ...options }]');
    expect(result.status).toBe(2);
    const missing = run(['--root', root, '--config', 'nope.json'], root);
    expect(missing.stderr.trimEnd()).toBe('docs-lint: nope.json: cannot read the config file (ENOENT).');
    expect(missing.status).toBe(2);
  });

  it('a per-language override changes the result: warnings only, exit 0', () => {
    const root = makeTree({ ...tree, 'docs-lint.config.json': JSON.stringify({ overrides: [{ languages: ['ja-JP', 'es-ES'], rules: { 'code-span-parity': 'warn' } }] }) });
    const result = run(['--root', root, '--format', 'json'], root);
    expect(rows(result.stdout)).toEqual(['translations/es-ES/content/a.md:7:9 code-span-parity 1', 'translations/ja-JP/content/a.md:7:5 code-span-parity 1']);
    expect(result.status).toBe(0);
  });

  it('--rule wins over the config', () => {
    const root = makeTree({ ...tree, 'docs-lint.config.json': JSON.stringify({ rules: { 'code-span-parity': 'off' } }) });
    expect(run(['--root', root], root).status).toBe(0);
    const result = run(['--root', root, '--format', 'json', '--rule', 'code-span-parity:error'], root);
    expect(rows(result.stdout)).toEqual(['translations/es-ES/content/a.md:7:9 code-span-parity 2', 'translations/ja-JP/content/a.md:7:5 code-span-parity 2']);
    expect(result.status).toBe(1);
  });

  it('an inline directive changes the result; --report-unused-disable-directives reports one that hides nothing, as an error', () => {
    const root = makeTree({
      ...tree,
      'translations/ja-JP/content/a.md': page('<!-- docs-lint-disable-next-line code-span-parity -- the sample is localized on purpose -->\n最初に `npm テスト` を実行します。\n'),
      'translations/es-ES/content/a.md': page('<!-- docs-lint-disable-next-line code-span-parity -->\nEjecute `npm test` primero.\n'),
    });
    const plain = run(['--root', root, '--format', 'json'], root);
    expect(rows(plain.stdout)).toEqual([]);
    expect(plain.status).toBe(0);
    const strict = run(['--root', root, '--format', 'json', '--report-unused-disable-directives'], root);
    expect(rows(strict.stdout)).toEqual(['translations/es-ES/content/a.md:7:1 unused-disable-directive 2']);
    expect(strict.status).toBe(1);
  });

  it('the config key reportUnusedDisableDirectives: "warn" reports them as warnings', () => {
    const root = makeTree({ ...tree, 'content/a.md': page('<!-- docs-lint-disable -->\nRun `npm test` first.\n'), 'docs-lint.config.json': '{ "reportUnusedDisableDirectives": "warn" }' });
    const result = run(['--root', root, '--format', 'json', '--lang', 'en'], root);
    expect(rows(result.stdout)).toEqual(['content/a.md:7:1 unused-disable-directive 1']);
  });
});

describe('the programmatic API', () => {
  it('returns what `--format json` prints, reading the root config the same way', async () => {
    const root = makeTree({
      ...tree,
      'content/b.md': page('{% bogus %}\n\n<!-- docs-lint-disable-next-line -->\n{% bogus %}\n\n[x](#nowhere)\n'),
      'translations/ja-JP/content/b.md': page('{% bogus %}\n\n[x](#nowhere)\n'),
      'translations/es-ES/data/reusables/x.md': 'Sin fuente.\n',
      'docs-lint.config.json': JSON.stringify({
        rules: { 'link-anchor': 'warn' },
        overrides: [{ languages: ['es-ES'], rules: { 'code-span-parity': 'warn' } }],
        ignore: ['translations/ja-JP/content/a.md'],
        reportUnusedDisableDirectives: 'warn',
      }),
    });
    const cliOutput = run(['--root', root, '--format', 'json'], repo);
    const fromCli = JSON.parse(cliOutput.stdout) as unknown;
    const report = await lint({ root });
    expect(report.results).toEqual(fromCli);
    // The tree exercises the config: findings at both severities, an ignored file, a suppressed finding.
    expect(rows(cliOutput.stdout).some((row) => row.endsWith(' 1'))).toBe(true);
    expect(rows(cliOutput.stdout).some((row) => row.endsWith(' 2'))).toBe(true);
    expect(report.results.map((result) => result.filePath)).not.toContain('translations/ja-JP/content/a.md');
  });
});
