/**
 * `npm run bench -- --shapes` runs this (or `tsx scripts/cost-shapes.ts [NAME-SUBSTRING] [--scale F]
 * [--timeout S]`): lints each tree of ISSUE_SHAPES (test/robustness/cost-inputs.ts) at its size in a
 * child process, with a time limit, and prints the wall time of each whole run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { ISSUE_SHAPES } from '../test/robustness/cost-inputs.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '120' },
    child: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const shapes = ISSUE_SHAPES.filter((shape) => !positionals[0] || shape.name.includes(positionals[0]));

if (values.child) {
  const shape = shapes[0];
  const root = mkdtempSync(path.join(tmpdir(), 'docs-lint-shape-'));
  try {
    for (const [relative, content] of Object.entries(shape.build(Math.round(shape.n * scale)))) {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), content);
    }
    const report = await lint({ root, rules });
    const counts = new Map<string, number>();
    for (const result of report.results) for (const message of result.messages) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
    process.stdout.write(JSON.stringify(Object.fromEntries(counts)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
} else {
  const self = fileURLToPath(import.meta.url);
  for (const shape of shapes) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', self, shape.name, '--child', '--scale', String(scale)], {
      encoding: 'utf8',
      timeout: Number(values.timeout) * 1000,
      maxBuffer: 1 << 26,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const outcome = run.error ? `> ${values.timeout} s (killed)` : `${seconds} s`;
    process.stdout.write(`| ${shape.name} | ${Math.round(shape.n * scale)} | ${outcome} | ${run.stdout || run.stderr.slice(-300)} |\n`);
  }
}
