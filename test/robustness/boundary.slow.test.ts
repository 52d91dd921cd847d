import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, truncateSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import parseError from '../../rules/parse-error.js';
import { DocumentStore } from '../../src/engine/documents.js';
import { lint } from '../../src/engine/lint.js';
import { lint as lintWithConfig } from '../../src/index.js';
import type { Rule } from '../../src/rule-kit/rule.js';
import { findings, makeTree, page, where } from '../helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'src', 'cli', 'main.ts');
const tsx = import.meta.resolve('tsx');

async function lintRoot(root: string, extra: Partial<Parameters<typeof lint>[0]> = {}): Promise<{ at: string; message: string }[]> {
  const report = await lint({ root, rules, ...extra });
  return report.results.flatMap((r) => r.messages.map((m) => ({ at: `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`, message: m.message })));
}

const english = page('## Part\n\nText.\n');
const japanese = page('## 部分\n\n本文。\n');

describe('files that are not what they claim', () => {
  it('reports a folder named like a page and still checks what is inside it', async () => {
    const root = makeTree({
      'content/x.md/inner.md': page('{% if x %}\n'),
      'translations/ja-JP/content/x.md': page('## 見出し\n\n{% data reusables.a %}\n'),
    });
    const found = await lintRoot(root);
    expect(found.map((f) => f.at)).toEqual(['content/x.md:1:1 parse-error', 'content/x.md/inner.md:7:1 liquid-syntax']);
    expect(found[0].message).toBe('This is a folder, not a file; it cannot be checked.');
  });

  it('skips a file over the size limit without reading it (a sparse 200 MB file)', async () => {
    const root = makeTree({ 'content/a.md': english, 'translations/ja-JP/content/a.md': japanese, 'translations/ja-JP/content/huge.md': '' });
    truncateSync(path.join(root, 'translations/ja-JP/content/huge.md'), 200 * 1024 * 1024);
    const found = await lintRoot(root);
    expect(found.map((f) => f.at)).toEqual(['translations/ja-JP/content/huge.md:1:1 parse-error']);
    expect(found[0].message).toBe('The file is 200.0 MiB, over the size limit of 10.0 MiB (maxFileSize); it was not read.');
  });

  it('takes the size limit from maxFileSize', async () => {
    const root = makeTree({ 'content/a.md': english, 'translations/ja-JP/content/a.md': japanese });
    const found = await lintRoot(root, { maxFileSize: 40 });
    expect(found.map((f) => f.at)).toEqual(['content/a.md:1:1 parse-error', 'translations/ja-JP/content/a.md:1:1 parse-error']);
    expect(found[1].message).toMatch(/^The file is \d+ bytes, over the size limit of 40 bytes/);
  });

  it('takes the size limit from --max-file-size, and refuses a limit that is not a number', () => {
    const root = makeTree({ 'content/a.md': english, 'translations/ja-JP/content/a.md': japanese });
    const run = (limit: string): SpawnSyncReturns<string> =>
      spawnSync(process.execPath, ['--import', tsx, cli, '--root', root, '--max-file-size', limit], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const small = run('40');
    expect(small.status).toBe(1);
    expect(small.stdout).toMatch(/translations\/ja-JP\/content\/a\.md:1:1 +error +The file is \d+ bytes, over the size limit of 40 bytes \(maxFileSize\); it was not read\. +parse-error/);
    expect(run('100000').status).toBe(0);
    const wrong = run('ten');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('docs-lint: --max-file-size takes a number of bytes, not "ten".\n');
  });

  it('takes the size limit from the config (maxFileSize)', async () => {
    const root = makeTree({ 'content/a.md': english, 'translations/ja-JP/content/a.md': japanese });
    const report = await lintWithConfig({ root, config: { maxFileSize: 16 } });
    const found = report.results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`));
    expect(found).toEqual(['content/a.md:1:1 parse-error', 'translations/ja-JP/content/a.md:1:1 parse-error']);
    expect(report.results[0].messages[0].message).toMatch(/over the size limit of 16 bytes \(maxFileSize\); it was not read\.$/);
  });

  it('reads a file that vanished after the tree was listed as an unreadable document saying so', () => {
    const root = makeTree({ 'content/a.md': english });
    const store = new DocumentStore(root);
    unlinkSync(path.join(root, 'content/a.md'));
    const doc = store.get({ path: 'content/a.md', lang: 'en', kind: 'page', key: 'content/a.md' });
    expect(doc.problems.map((p) => p.message)).toEqual(['The file disappeared while docs-lint was running.']);
  });

  it('goes on when a file read late (a link target) vanishes during the run, and judges nothing by it', async () => {
    const root = makeTree({
      'content/a.md': page('See [the part](/b#part).\n'),
      'content/b.md': page('## Part\n'),
      'translations/zh-CN/content/a.md': page('{% if x %}\n'),
    });
    // Only a.md and its translation are linted: b.md is read when link-anchor follows the link, after
    // this rule (which runs first) has deleted it.
    const deleter: Rule = {
      meta: { id: 'deleter', description: 'test', defaultSeverity: 'error', fixable: false, scope: 'file', kinds: ['page'] },
      check: ({ file }) => {
        if (file.path === 'content/a.md') unlinkSync(path.join(root, 'content/b.md'));
      },
    };
    const report = await lint({ root, paths: [path.join(root, 'content/a.md')], rules: [parseError, deleter, ...rules.filter((r) => r !== parseError)] });
    const found = report.results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`));
    expect(report.internalErrorCount).toBe(0);
    // No "#part matches no heading" from a page that could not be read; the translation is still checked.
    expect(found.filter((f) => f.includes('link-anchor'))).toEqual([]);
    expect(found).toContain('translations/zh-CN/content/a.md:7:1 liquid-syntax');
  });

  it('reports a pipe named like a page without blocking on it', async () => {
    const root = makeTree({ 'content/a.md': english, 'translations/ja-JP/content/a.md': japanese });
    const fifo = spawnSync('mkfifo', [path.join(root, 'translations/ja-JP/content/pipe-target')]);
    if (fifo.status !== 0) return; // no mkfifo on this system
    symlinkSync('pipe-target', path.join(root, 'translations/ja-JP/content/pipe.md'));
    const found = await lintRoot(root);
    expect(found).toEqual([{ at: 'translations/ja-JP/content/pipe.md:1:1 parse-error', message: 'This is not a regular file (a pipe, socket or device); it cannot be checked.' }]);
  });

  it('reports unreadable files and folders (permissions) and checks the rest', () => {
    const root = makeTree({
      'content/a.md': english,
      'translations/ja-JP/content/a.md': japanese,
      'translations/zh-CN/content/a.md': page('{% if x %}\n'),
      'translations/es-ES/content/secret/b.md': page('Hola.\n'),
    });
    chmodSync(path.join(root, 'translations/ja-JP/content/a.md'), 0o000);
    chmodSync(path.join(root, 'translations/es-ES/content/secret'), 0o000);
    chmodSync(root, 0o755);
    // Root reads everything: run the CLI as an unprivileged user then (the same checks apply).
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, ['--import', tsx, cli, '--root', root, '--format', 'json'], { encoding: 'utf8', ...asUser, env: { ...process.env, NO_COLOR: '1' } });
    chmodSync(path.join(root, 'translations/es-ES/content/secret'), 0o755);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[];
    const byFile = Object.fromEntries(results.map((r) => [r.filePath, r.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`)]));
    expect(byFile['translations/ja-JP/content/a.md']).toEqual(['1 parse-error The file cannot be read (permission denied).']);
    expect(byFile['translations/es-ES/content/secret']).toEqual(['1 parse-error The folder translations/es-ES/content/secret cannot be read (permission denied); the files in it were not checked.']);
    // The rest is still checked: zh-CN's own Liquid error, and the section it lacks.
    expect(byFile['translations/zh-CN/content/a.md']).toEqual([
      '6 heading-parity The section `## Part` (lines 7–9 of the source), heading and text, is missing after this point (present in the source at line 7).',
      '7 liquid-syntax `{% if %}` is never closed: `{% endif %}` is missing.',
    ]);
  });
});

describe('the tree is the boundary', () => {
  const outsideText = page('{% if leaked %}\n\n## Leaked heading\n');

  it('does not read a symbolic link that leads out of the root, and says so', async () => {
    const outside = makeTree({ 'secret.md': outsideText, 'folder/c.md': outsideText });
    const root = makeTree({ 'content/a.md': english, 'content/b.md': english, 'translations/ja-JP/content/b.md': japanese });
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'translations/ja-JP/content/a.md'));
    symlinkSync(path.join(outside, 'folder'), path.join(root, 'translations/ja-JP/content/linked'));
    // A link inside the tree is read like the file it points at.
    symlinkSync(path.join(root, 'content/b.md'), path.join(root, 'content/c.md'));
    const found = await lintRoot(root);
    const outsideMessage = 'This is a symbolic link to something outside the docs tree; docs-lint does not follow it.';
    expect(found).toEqual([
      { at: 'translations/ja-JP/content/a.md:1:1 parse-error', message: outsideMessage },
      {
        at: 'translations/ja-JP/content/linked:1:1 parse-error',
        message: 'translations/ja-JP/content/linked is a symbolic link to something outside the docs tree; docs-lint does not follow it.',
      },
    ]);
  });

  it('does not list a tree folder that is a link out of the root', async () => {
    const outside = makeTree({ 'a.md': outsideText });
    const root = makeTree({ 'translations/ja-JP/content/a.md': japanese });
    symlinkSync(outside, path.join(root, 'content'));
    const found = await lintRoot(root);
    expect(found.map((f) => f.at)).toEqual(['content:1:1 parse-error']);
    expect(found[0].message).toBe('content is a symbolic link to a folder outside the docs tree; docs-lint does not follow it.');
  });

  it('says that link targets climbing out of the tree leave it, and looks nothing up there', async () => {
    const body = [
      '[a](/../../../etc/passwd)',
      '[b](../../x.md)',
      '[c](/%2e%2e/%2e%2e/etc/passwd#part)',
      '[d](../b.md) [e](/a/../a#part) [f](./a.md)',
      '',
    ].join('\n\n');
    const found = await findings({ 'content/a.md': page(`## Part\n\n${body}`) }, 'link-anchor');
    expect(where(found)).toEqual(['content/a.md:9:5 link-anchor', 'content/a.md:11:5 link-anchor', 'content/a.md:13:5 link-anchor']);
    expect(found[0].message).toBe('The link target `/../../../etc/passwd` leads outside the docs tree; docs-lint does not follow it.');
  });

  it('resolves reusable names with `..` to nothing outside the tree', async () => {
    const found = await findings(
      {
        'content/a.md': page('{% data reusables..secret %}\n\n{% data reusables/../../secret %}\n'),
        'data/reusables/x.md': 'Text.\n',
      },
      'data-reference',
    );
    expect(where(found)).toEqual(['content/a.md:7:1 data-reference', 'content/a.md:9:1 data-reference']);
    expect(found.map((f) => f.message)).toEqual([
      'Reusable `.secret` does not exist: there is no data/reusables//secret.md.',
      '`reusables/../../secret` is not a data reference: write `reusables.<path>` or `variables.<file>.<key>`.',
    ]);
  });

  const hasStrace = spawnSync('strace', ['-V']).status === 0;
  it.skipIf(!hasStrace)('never renders Liquid: includes and filters of outside paths open no file outside the root', () => {
    const outside = makeTree({ 'secret.md': outsideText, 'secret.yml': 'x: 1\n' });
    const secret = path.join(outside, 'secret.md');
    const body = [
      `{% include ${secret} %}`,
      `{% render '${secret}' %}`,
      '{% include ../../../../../secret.md %}',
      `{{ '${secret}' | read_file }}`,
      `{% data reusables.${outside.split(path.sep).join('.')}.secret %}`,
      `[x](${secret})`,
      `[y](../../../../../../../../..${secret})`,
      '',
    ].join('\n\n');
    const root = makeTree({ 'content/a.md': page(body), 'translations/ja-JP/content/a.md': page(body), 'data/reusables/x.md': 'Text.\n' });
    const trace = path.join(makeTree({}), 'trace.txt');
    const result = spawnSync('strace', ['-f', '-e', 'trace=%file', '-o', trace, process.execPath, '--import', tsx, cli, '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    const calls = readFileSync(trace, 'utf8').split('\n');
    expect(calls.some((call) => call.includes(`${root}/content/a.md`))).toBe(true); // the trace works
    expect(calls.filter((call) => call.includes(outside))).toEqual([]);
  });
});
