import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { Severity } from '../../src/rule-kit/rule.js';
import { makeTree, page } from '../helpers.js';

const RULE = 'translation-outdated';
const EN = 'content/a.md';
const JA = 'translations/ja-JP/content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const DAY = 86_400;
const START = 1_700_000_000;

/** git without the caller's GIT_* settings (a hook's GIT_DIR, say), so the test's repository is the only one. */
function git(root: string, args: string[], time?: number): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  if (time !== undefined) env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = `@${time} +0000`;
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env, encoding: 'utf8' });
}

function write(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
}

/** Writes `files` and commits everything at `time`; returns the commit's hash. */
function commit(root: string, time: number, files: Record<string, string>): string {
  write(root, files);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', `at ${time}`], time);
  return git(root, ['rev-parse', 'HEAD']).trim();
}

function repo(): string {
  const root = makeTree({});
  git(root, ['init', '-q']);
  return root;
}

async function outdated(root: string, debug?: (line: string) => void): Promise<{ where: string; message: string; severity: number }[]> {
  const ruleSeverities: Record<string, Severity> = {};
  for (const rule of rules) if (rule.meta.id !== RULE) ruleSeverities[rule.meta.id] = 'off';
  const report = await lint({ root, rules, ruleSeverities, debug });
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ where: `${result.filePath}:${m.line}:${m.column} ${m.ruleId}`, message: m.message, severity: m.severity })),
  );
}

const SOURCE_V1 = page('Intro.\n\n## Parameters\n\nName.\n\n## Example\n\nCode.\n\n## Notes\n\nNone.\n');
const SOURCE_V2 = page('Intro.\n\n## Parameters\n\nName and type.\n\n## Example\n\nCode.\n\n## Notes\n\nNone.\n');
const SOURCE_V3 = page('Intro.\n\n## Parameters\n\nName and type.\n\n## Example\n\nMore code.\n\n## Notes\n\nNone.\n');
const TRANSLATION = page('介绍。\n\n## 参数\n\n名称。\n\n## 示例\n\n代码。\n\n## 备注\n\n无。\n');

describe('translation-outdated (git history)', () => {
  it('accepts translations committed with or after their source', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1, [JA]: TRANSLATION });
    commit(root, START + DAY, { [ZH]: TRANSLATION });
    commit(root, START + 2 * DAY, { [EN]: SOURCE_V2, [ZH]: TRANSLATION.replace('名称', '名称和类型') });
    commit(root, START + 3 * DAY, { [JA]: TRANSLATION.replace('名称', '名称和类型') });
    expect(await outdated(root)).toEqual([]);
  });

  it('reports a translation whose source changed in later commits, at 1:1, naming the changed sections', async () => {
    const root = repo();
    const translated = commit(root, START, { [EN]: SOURCE_V1, [JA]: TRANSLATION, [ZH]: TRANSLATION });
    commit(root, START + 2 * DAY, { [EN]: SOURCE_V2, [ZH]: TRANSLATION.replace('名称', '名称和类型') });
    commit(root, START + 12 * DAY + 5, { [EN]: SOURCE_V3 });
    const found = await outdated(root);
    expect(found.map((f) => f.where)).toEqual([`${JA}:1:1 ${RULE}`, `${ZH}:1:1 ${RULE}`]);
    expect(found[0].severity).toBe(1);
    expect(found[0].message).toBe(
      `The English source changed 2 commits (12 days) after this translation was last updated (commit ${translated.slice(0, 7)}); changed sections: "Parameters", "Example". \`git diff ${translated.slice(0, 7)} -- ${EN}\` shows the changes.`,
    );
    // zh-CN was updated with the second commit: only the third is newer, and only "Example" changed since.
    expect(found[1].message).toMatch(/^The English source changed 1 commit \(10 days\) after .*; changed sections: "Example"\./);
  });

  it('names new and removed sections, the introduction and the front matter', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1, [JA]: TRANSLATION });
    commit(root, START + 60, { [EN]: page('New intro.\n\n## Parameters\n\nName.\n\n## Example\n\nCode.\n\n### Output\n\nText.\n', "title: Changed\nversions:\n  fpt: '*'\n") });
    const [found] = await outdated(root);
    expect(found.message).toContain('changed 1 commit (less than a day) after');
    expect(found.message).toContain('; changed: the front matter, the introduction, "Output" (new), "Notes" (removed).');
  });

  it('stays silent when the source was changed and changed back', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1, [JA]: TRANSLATION });
    commit(root, START + DAY, { [EN]: SOURCE_V2 });
    commit(root, START + 2 * DAY, { [EN]: SOURCE_V1.replace('Name.\n', 'Name.\n\n') });
    expect(await outdated(root)).toEqual([]);
  });

  it('counts uncommitted changes to the source, but not to the translation, as newer', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1, [JA]: TRANSLATION, [ZH]: TRANSLATION });
    write(root, { [EN]: SOURCE_V3, [ZH]: TRANSLATION.replace('名称', '名称和类型') });
    const found = await outdated(root);
    // zh-CN is being edited too: it is as new as the source, so only ja-JP is reported.
    expect(found.map((f) => f.where)).toEqual([`${JA}:1:1 ${RULE}`]);
    expect(found[0].message).toMatch(/^The English source has uncommitted changes made after this translation was last updated \(commit [0-9a-f]{7}\); changed sections: "Parameters", "Example"\./);
  });

  it('reports a reusable and names the changed keys of a variables file', async () => {
    const root = repo();
    commit(root, START, {
      'data/reusables/x/y.md': 'Old text.\n',
      'translations/ja-JP/data/reusables/x/y.md': '旧文本。\n',
      'data/variables/product.yml': 'name: Product\nshort: P\n',
      'translations/ja-JP/data/variables/product.yml': 'name: 产品\nshort: P\n',
    });
    commit(root, START + DAY, { 'data/reusables/x/y.md': 'New text.\n', 'data/variables/product.yml': 'name: Product\nshort: PR\nlong: The product\n' });
    const found = await outdated(root);
    expect(found.map((f) => f.where)).toEqual([`translations/ja-JP/data/reusables/x/y.md:1:1 ${RULE}`, `translations/ja-JP/data/variables/product.yml:1:1 ${RULE}`]);
    expect(found[0].message).toContain('; changed: the text.');
    expect(found[1].message).toContain('; changed keys: `short`, `long` (new).');
  });

  it('reads the history of many files in the same few git calls', async () => {
    const root = repo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) Object.assign(files, { [`content/p${i}.md`]: SOURCE_V1, [`translations/ja-JP/content/p${i}.md`]: TRANSLATION, [`translations/zh-CN/content/p${i}.md`]: TRANSLATION });
    commit(root, START, files);
    commit(root, START + DAY, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`content/p${i}.md`, SOURCE_V2])));
    const lines: string[] = [];
    const found = await outdated(root, (line) => lines.push(line));
    expect(found).toHaveLength(80);
    expect(found.every((f) => f.message.includes('changed sections: "Parameters".'))).toBe(true);
    // rev-parse, ls-files, status, one log for the whole root, one cat-file for the 40 old sources.
    expect(lines.at(-1)).toMatch(new RegExp(`^${RULE}: 5 git calls in \\d+ ms in all$`));
  });

  it('works on a tree in a subfolder of the repository', async () => {
    const top = repo();
    const root = path.join(top, 'docs');
    mkdirSync(root);
    commit(root, START, { [EN]: SOURCE_V1, [JA]: TRANSLATION, 'README.md': 'outside the tree\n' });
    commit(root, START + DAY, { [EN]: SOURCE_V2 });
    write(root, { [EN]: SOURCE_V3 });
    const found = await outdated(root);
    expect(found.map((f) => f.where)).toEqual([`${JA}:1:1 ${RULE}`]);
    expect(found[0].message).toMatch(/^The English source changed 1 commit \(1 day\), and has uncommitted changes, after .*; changed sections: "Parameters", "Example"\./);
  });

  it('stays silent without git, and says so once with debug', async () => {
    const root = makeTree({ [EN]: SOURCE_V1, [JA]: TRANSLATION, [ZH]: TRANSLATION });
    const lines: string[] = [];
    expect(await outdated(root, (line) => lines.push(line))).toEqual([]);
    expect(lines).toEqual([`${RULE}: ${root} is not a git repository; skipped`]);
  });

  it('reads no history when the rule is off', async () => {
    const root = makeTree({ [EN]: SOURCE_V1, [JA]: TRANSLATION });
    const lines: string[] = [];
    await lint({ root, rules, ruleSeverities: { [RULE]: 'off' }, debug: (line) => lines.push(line) });
    expect(lines).toEqual([]);
  });
});

describe('translation-outdated (source commit recorded in the front matter)', () => {
  const recorded = (hash: string): string => page('介绍。\n\n## 参数\n\n名称。\n\n## 示例\n\n代码。\n\n## 备注\n\n无。\n', `title: 示例\nversions:\n  fpt: '*'\nsourceCommit: ${hash}\n`);

  it('reports a translation made from an older commit of the source, with the sections changed since', async () => {
    const root = repo();
    const made = commit(root, START, { [EN]: SOURCE_V1 });
    commit(root, START + 3 * DAY, { [EN]: SOURCE_V2 });
    // Committed last, so git history alone would call it up to date: the recorded commit says otherwise.
    commit(root, START + 4 * DAY, { [JA]: recorded(made.slice(0, 10)), [ZH]: recorded(`'${made}'`) });
    const found = await outdated(root);
    expect(found.map((f) => f.where)).toEqual([`${JA}:1:1 ${RULE}`, `${ZH}:1:1 ${RULE}`]);
    expect(found[0].message).toBe(
      `The English source changed 1 commit (3 days) after commit ${made.slice(0, 7)} (\`sourceCommit\`), which this translation was made from; changed sections: "Parameters". \`git diff ${made.slice(0, 7)} -- ${EN}\` shows the changes.`,
    );
  });

  it('asks git once per recorded commit, not once per file', async () => {
    const root = repo();
    const made = commit(root, START, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`content/p${i}.md`, SOURCE_V1])));
    commit(root, START + DAY, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`content/p${i}.md`, SOURCE_V2])));
    commit(root, START + 2 * DAY, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`translations/ja-JP/content/p${i}.md`, recorded(made)])));
    const lines: string[] = [];
    expect(await outdated(root, (line) => lines.push(line))).toHaveLength(20);
    // Four to read the history, then for the one recorded commit: resolve it, log since it, read the 20 old sources.
    expect(lines.at(-1)).toMatch(new RegExp(`^${RULE}: 7 git calls in \\d+ ms in all$`));
  });

  it('accepts a translation made from the current source, even when the source was committed after it', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1 });
    const current = commit(root, START + DAY, { [EN]: SOURCE_V2 });
    write(root, { [JA]: recorded(current) });
    commit(root, START + 2 * DAY, {});
    commit(root, START + 3 * DAY, { 'content/other.md': page('Other.\n') });
    expect(await outdated(root)).toEqual([]);
  });

  it('reports an unknown commit, or a value that is no commit id, at the value', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1, [JA]: recorded('0123456789abcdef'), [ZH]: recorded('"main"') });
    const found = await outdated(root);
    // `sourceCommit: ` is 14 characters on line 5.
    expect(found.map((f) => f.where)).toEqual([`${JA}:5:15 ${RULE}`, `${ZH}:5:15 ${RULE}`]);
    expect(found[0].message).toBe(
      '`sourceCommit` names commit 0123456789abcdef, which is not in this repository, so docs-lint cannot tell whether the English source changed since: record a commit of this repository.',
    );
    expect(found[1].message).toBe('`sourceCommit` must be the id of the source commit this translation was made from (hex digits), not `main`.');
  });

  it('reads `ms.sourcegitcommit`, with no git history on the translation side (translations/ kept out of the repository)', async () => {
    const root = repo();
    const pipeline = (hash: string): string => recorded(hash).replace('sourceCommit:', 'ms.sourcegitcommit:');
    const made = commit(root, START, { [EN]: SOURCE_V1, '.gitignore': 'translations/\n' });
    const current = commit(root, START + 3 * DAY, { [EN]: SOURCE_V2 });
    // The translations are never committed to this repository (github/docs clones them into translations/).
    write(root, { [JA]: pipeline(made), [ZH]: pipeline(current) });
    const found = await outdated(root);
    expect(found.map((f) => f.where)).toEqual([`${JA}:1:1 ${RULE}`]);
    expect(found[0].message).toBe(
      `The English source changed 1 commit (3 days) after commit ${made.slice(0, 7)} (\`ms.sourcegitcommit\`), which this translation was made from; changed sections: "Parameters". \`git diff ${made.slice(0, 7)} -- ${EN}\` shows the changes.`,
    );
  });

  it('prefers `sourceCommit` to `ms.sourcegitcommit`, and reports a bad `ms.sourcegitcommit` at its value', async () => {
    const root = repo();
    const made = commit(root, START, { [EN]: SOURCE_V1 });
    const current = commit(root, START + DAY, { [EN]: SOURCE_V2 });
    const both = recorded(current).replace('sourceCommit:', `ms.sourcegitcommit: ${made}\nsourceCommit:`);
    commit(root, START + 2 * DAY, { [JA]: both, [ZH]: recorded('main').replace('sourceCommit:', 'ms.sourcegitcommit:') });
    const found = await outdated(root);
    // `ms.sourcegitcommit: ` is 20 characters on line 5.
    expect(found.map((f) => f.where)).toEqual([`${ZH}:5:21 ${RULE}`]);
    expect(found[0].message).toBe('`ms.sourcegitcommit` must be the id of the source commit this translation was made from (hex digits), not `main`.');
  });

  it('says when the source did not exist at the recorded commit', async () => {
    const root = repo();
    const made = commit(root, START, { 'content/old.md': SOURCE_V1 });
    git(root, ['mv', 'content/old.md', EN]);
    commit(root, START + DAY, {});
    commit(root, START + 2 * DAY, { [JA]: recorded(made) });
    const [found] = await outdated(root);
    expect(found.message).toContain('; the source did not exist at that commit (it was added or moved since).');
  });
});

describe('translation-outdated in the CLI', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

  it('--debug says once on stderr that a tree outside git was skipped', () => {
    const root = makeTree({ [EN]: SOURCE_V1, [JA]: TRANSLATION });
    const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(repoRoot, 'src/cli/main.ts'), '--root', root, '--debug'], { encoding: 'utf8' });
    expect(result.stderr).toBe(`${RULE}: ${root} is not a git repository; skipped\n`);
    expect(result.status).toBe(0);
  });
});

describe('translation-outdated with --cache', () => {
  it('is worked out again when only the history changed (a commit of the same bytes)', async () => {
    const root = repo();
    commit(root, START, { [EN]: SOURCE_V1, [ZH]: TRANSLATION });
    write(root, { [EN]: SOURCE_V2 });
    const ruleSeverities: Record<string, Severity> = {};
    for (const rule of rules) if (rule.meta.id !== RULE) ruleSeverities[rule.meta.id] = 'off';
    const run = async (cacheLocation?: string): Promise<string[]> =>
      (await lint({ root, rules, ruleSeverities, cacheLocation })).results.flatMap((result) => result.messages.map((m) => `${result.filePath} ${m.message}`));
    const before = await run('.docs-lint-cache');
    expect(before).toEqual([expect.stringMatching(new RegExp(`^${ZH} The English source has uncommitted changes`))]);
    commit(root, START + DAY, {});
    const after = await run('.docs-lint-cache');
    expect(after).toEqual(await run());
    expect(after).toEqual([expect.stringMatching(new RegExp(`^${ZH} The English source changed 1 commit`))]);
  });
});
