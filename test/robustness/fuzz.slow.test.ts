import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzProperty, loadSamples, mutate, runCase } from './fuzz-cases.js';

const samples = loadSamples();

describe('fuzzing: mutated real pages never break docs-lint', () => {
  it('the samples are there (real pages when ../shared is, built-in ones otherwise)', () => {
    expect(samples.length).toBeGreaterThanOrEqual(2);
  });

  it('1,000 fixed-seed cases lint to findings with sound positions and no internal error', async () => {
    // `npm run fuzz -- --runs N` runs more, with a random seed.
    await fc.assert(fuzzProperty(samples), { seed: 20261121, numRuns: 1000 });
  }, 240_000);

  it('the checker catches a broken position (it is not vacuous)', () => {
    expect(mutate(Buffer.from('abc'), { kind: 'insert', at: 1, text: '{%' }).toString()).toBe('a{%bc');
    expect(mutate(Buffer.from('a\nb\n'), { kind: 'newlines', style: '\r' }).toString()).toBe('a\rb\r');
    return expect(runCase([{ kind: 'page', name: 'x', source: '# A\n', translation: '# B\n' }], { sample: 0, target: 'translation', mutations: [{ kind: 'bom' }] })).resolves.toBeUndefined();
  });
});
