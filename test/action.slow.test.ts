import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTree, page } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(repo, 'scripts', 'action.sh');
const tsx = import.meta.resolve('tsx');

const tree = {
  'content/a.md': page('Use `secrets` here.\n\n{% data reusables.x.y %}\n'),
  'data/reusables/x/y.md': 'A reusable sentence written in English.\n',
  'translations/ja-JP/content/a.md': page('ここで `機密` を使う。\n\n{% data reusables.x.y %}\n'),
  'translations/ja-JP/data/reusables/x/y.md': 'A reusable sentence written in English.\n',
  'translations/zh-CN/content/a.md': page('使用 `secrets`。\n\n{% data reusables.x.y %}\n'),
  'translations/zh-CN/data/reusables/x/y.md': '用英语写的可重用句子。\n',
};

/**
 * Runs the action's step script in a temporary workspace as the runner would: GITHUB_* variables
 * set, the inputs as INPUT_* variables, and the CLI from its TypeScript source.
 */
function runAction(files: Record<string, string>, inputs: Record<string, string>) {
  const workspace = makeTree(files);
  const stepSummary = path.join(workspace, 'step-summary.md');
  writeFileSync(stepSummary, 'Written by an earlier command of the step.\n');
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_') && !name.startsWith('INPUT_')));
  const env = {
    ...base,
    NO_COLOR: '1',
    NODE_OPTIONS: `--import=${tsx}`,
    DOCS_LINT_CLI: path.join(repo, 'src', 'cli', 'main.ts'),
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: repo,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: stepSummary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/docs',
    GITHUB_SHA: 'f00dfeed',
    RUNNER_TEMP: workspace,
    INPUT_PATHS: '',
    INPUT_LANGUAGES: '',
    INPUT_CHANGED_SINCE: '',
    INPUT_FORMAT: 'github',
    INPUT_SARIF_FILE: '',
    INPUT_FAIL_ON: 'error',
    INPUT_BASELINE: '',
    ...inputs,
  };
  const result = spawnSync('bash', [script], { cwd: workspace, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, workspace, summary: readFileSync(stepSummary, 'utf8') };
}

describe('the GitHub Action (scripts/action.sh)', () => {
  it('prints annotations, appends the job summary and writes the SARIF file', () => {
    const result = runAction(tree, { INPUT_SARIF_FILE: 'results/docs-lint.sarif' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '::error file=translations/ja-JP/content/a.md,line=7,col=5,endLine=7,endColumn=9,title=code-span-parity::Code span `機密` differs from `secrets` in the source at line 7; code is not translated.',
      '::warning file=translations/ja-JP/data/reusables/x/y.md,line=1,col=1,endLine=1,endColumn=1,title=untranslated-reusable::This ja-JP reusable is the English text of data/reusables/x/y.md unchanged: it was never translated.',
    ]);
    const summary = result.summary.split('\n');
    expect(summary[0]).toBe('Written by an earlier command of the step.');
    expect(summary.slice(1, 4)).toEqual(['## docs-lint', '', '**1 error and 1 warning** in 2 of 6 files checked.']);
    expect(summary).toContain('| ja-JP | 1 | 1 | 1 | 1 |');
    expect(result.summary).toContain('[7:5](https://github.com/octo/docs/blob/f00dfeed/translations/ja-JP/content/a.md?plain=1#L7)');
    const sarif = JSON.parse(readFileSync(path.join(result.workspace, 'results/docs-lint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['code-span-parity', 'untranslated-reusable']);
  });

  it('narrows to the paths and languages given', () => {
    const result = runAction(tree, { INPUT_PATHS: 'translations/zh-CN\n translations/ja-JP/data', INPUT_LANGUAGES: 'ja-JP' });
    expect(result.stdout.trimEnd().split('\n').map((line) => line.split(',')[0])).toEqual(['::warning file=translations/ja-JP/data/reusables/x/y.md']);
    expect(result.status).toBe(0);
  });

  it('lints the paths given whole on a pull request, where changed-since has its default', () => {
    // The CLI refuses paths with --changed-since; the action must not pass both.
    const result = runAction(tree, { INPUT_PATHS: 'translations/ja-JP/content', INPUT_CHANGED_SINCE: 'f00dfeed' });
    expect(result.stdout.trimEnd().split('\n').map((line) => line.split(',')[0])).toEqual(['::error file=translations/ja-JP/content/a.md']);
    expect(result.status).toBe(1);
  });

  it('reports only what is not in the baseline', () => {
    const workspace = makeTree(tree);
    const baseline = path.join(workspace, 'baseline.json');
    spawnSync(process.execPath, ['--import', tsx, path.join(repo, 'src', 'cli', 'main.ts'), '--root', workspace, '--write-baseline', baseline], { encoding: 'utf8' });
    const result = runAction(tree, { INPUT_BASELINE: baseline });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
    expect(result.summary).toContain('No problems in 6 files checked.');
  });

  const warningsOnly = { ...tree, 'translations/ja-JP/content/a.md': page('ここで `secrets` を使う。\n\n{% data reusables.x.y %}\n') };
  it.each([
    ['error', 1, 'an error', tree],
    ['never', 0, 'an error', tree],
    ['warning', 1, 'warnings only', warningsOnly],
    ['error', 0, 'warnings only', warningsOnly],
  ])('fail-on %s exits %i on %s', (failOn, status, _what, files) => {
    expect(runAction(files, { INPUT_FAIL_ON: failOn }).status).toBe(status);
  });

  it('fails on a usage error whatever fail-on says, and rejects a bad fail-on', () => {
    expect(runAction(tree, { INPUT_FAIL_ON: 'never', INPUT_FORMAT: 'xml' }).status).toBe(2);
    const bad = runAction(tree, { INPUT_FAIL_ON: 'sometimes' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('::error title=docs-lint::The input fail-on takes error, warning or never, not "sometimes".\n');
  });

  it('action.yml passes every input to the script and runs the built CLI', () => {
    const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default: string }>;
      runs: { using: string; steps: { run: string; env?: Record<string, string> }[] };
    };
    expect(Object.keys(action.inputs)).toEqual(['paths', 'languages', 'changed-since', 'format', 'sarif-file', 'fail-on', 'baseline', 'root']);
    expect(action.inputs['changed-since'].default).toBe('${{ github.event.pull_request.base.sha }}');
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.run.includes('scripts/action.sh'));
    expect(step?.env).toEqual(Object.fromEntries(Object.keys(action.inputs).map((name) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${name} }}`])));
    // The script's default CLI is what `npm ci` builds (the package's bin).
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(readFileSync(script, 'utf8')).toContain(`$action_path/${manifest.bin['docs-lint']}`);
  });
});
