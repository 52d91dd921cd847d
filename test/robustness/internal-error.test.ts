import { spawnSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/rule-kit/rule.js';
import { makeTree, page } from '../helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = import.meta.resolve('tsx');

describe('errors of docs-lint itself', () => {
  it('become an internal-error finding naming the file and the rule; the rest of the run is intact', async () => {
    const root = makeTree({
      'content/a.md': page('## Part\n'),
      'translations/ja-JP/content/a.md': page('## 部分\n\n{% 数据 reusables.x %}\n'),
      'translations/zh-CN/content/a.md': page('## 部分\n\n{% if x %}\n'),
    });
    const broken: Rule = {
      meta: { id: 'broken-rule', description: 'throws on Japanese', defaultSeverity: 'error', fixable: false, scope: 'file', kinds: ['page'] },
      check: ({ file }) => {
        if (file.lang === 'ja-JP') throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    const report = await lint({ root, rules: [broken, ...rules] });
    const found = report.results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`));
    expect(report.internalErrorCount).toBe(1);
    expect(found).toEqual([
      'translations/ja-JP/content/a.md:1:1 2 internal-error docs-lint failed inside rule broken-rule on translations/ja-JP/content/a.md (Cannot read properties of undefined (reading \'x\')). This is a bug in docs-lint; the other rules still ran.',
      'translations/ja-JP/content/a.md:9:1 2 liquid-syntax Unknown Liquid tag `数据` in `{% 数据 reusables.x %}`.',
      'translations/zh-CN/content/a.md:9:1 2 liquid-syntax `{% if %}` is never closed: `{% endif %}` is missing.',
    ]);
  });
});

describe('the CLI on a thoroughly broken tree', () => {
  it('prints findings, no stack trace, and exits 1', () => {
    const outside = makeTree({ 'secret.md': page('Secret.\n') });
    const root = makeTree({
      'content/a.md': page('## Part\n\n{% data reusables.x %}\n'),
      'content/dir.md/inner.md': page('{{ unclosed\n'),
      'translations/ja-JP/content/a.md': new Uint8Array([0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d, 0x0d, 0x74, 0xc3, 0x28, 0x7b, 0x25, 0x0d, 0x0a]),
      'translations/zh-CN/content/a.md': new Uint8Array([0x00, 0x01, 0x02, 0xff]),
      'translations/es-ES/content/a.md': `---\ntitle: [\n---\n${'{% if %}'.repeat(2000)}｛％ data ％｝\n[x](/../../../etc/passwd)`,
      'translations/pt-BR/content/huge.md': '',
      'data/variables/product.yml': 'a: [1,\n',
    });
    truncateSync(path.join(root, 'translations/pt-BR/content/huge.md'), 50 * 1024 * 1024);
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'translations/pt-BR/content/a.md'));
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(repo, 'src/cli/main.ts'), '--root', root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/^[ \t]+at /m);
    expect(result.status).toBe(1);
    for (const file of ['content/dir.md', 'content/dir.md/inner.md', 'translations/ja-JP/content/a.md', 'translations/zh-CN/content/a.md', 'translations/es-ES/content/a.md', 'translations/pt-BR/content/huge.md', 'translations/pt-BR/content/a.md', 'data/variables/product.yml']) {
      expect(result.stdout).toContain(`${file}:`);
    }
    expect(result.stdout).not.toContain('internal-error');
  });
});

describe('the CLI when a rule has a bug', () => {
  it('reports an internal-error finding naming the file and rule, still reports the rest, prints no stack trace, and exits 2', () => {
    const root = makeTree({
      'content/a.md': page('Use `secrets` here.\n'),
      'translations/ja-JP/content/a.md': page('ここで `機密` を使う。\n\n{% 数据 reusables.x %}\n'),
    });
    // Loaded before the CLI: the rule objects are the ones the CLI imports, and one of them now throws.
    const preload = path.join(makeTree({}), 'broken-rule.mjs');
    writeFileSync(
      preload,
      [
        `const { rules } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'rules/index.ts')).href)});`,
        "const rule = rules.find((r) => r.meta.id === 'code-span-parity');",
        "rule.check = () => { throw new TypeError('boom'); };",
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, ['--import', tsx, '--import', pathToFileURL(preload).href, path.join(repo, 'src/cli/main.ts'), '--root', root, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(2);
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath} ${m.ruleId} ${m.message}`));
    expect(found).toEqual([
      'translations/ja-JP/content/a.md internal-error docs-lint failed inside rule code-span-parity on translations/ja-JP/content/a.md (boom). This is a bug in docs-lint; the other rules still ran.',
      expect.stringMatching(/^translations\/ja-JP\/content\/a\.md liquid-syntax Unknown Liquid tag `数据`/),
    ]);
  });
});
