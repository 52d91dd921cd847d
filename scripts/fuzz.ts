/**
 * The long fuzz: `npm run fuzz -- --runs N [--seed S]`. The same cases as the CI property test
 * (test/robustness/fuzz.slow.test.ts), with a random seed unless one is given. On a failure it prints the
 * seed, the replay path and the smallest case that fails, and exits 1.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzProperty, loadSamples } from '../test/robustness/fuzz-cases.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, path: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed S] [--path P]\n');
  process.exit(2);
}

const samples = loadSamples();
process.stdout.write(`fuzz: ${runs} cases, seed ${seed}, ${samples.length} samples (${samples.map((s) => s.name).join(', ')})\n`);
const started = Date.now();
const details = await fc.check(fuzzProperty(samples), { numRuns: runs, seed, path: values.path });
if (details.failed) {
  process.stdout.write(`${fc.defaultReportMessage(details) ?? 'failed'}\n`);
  process.stdout.write(`\nReplay: npm run fuzz -- --seed ${seed} --path "${details.counterexamplePath ?? ''}" --runs ${runs}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`fuzz: ${details.numRuns} cases passed in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})\n`);
}
