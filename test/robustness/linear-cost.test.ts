import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine.js';
import { makeTree } from '../helpers.js';
import { COST_INPUTS, type CostInput } from './cost-inputs.js';

/** The best of three runs of linting a source and its translation of size n (ms). */
async function cost(input: CostInput, n: number): Promise<number> {
  const root = makeTree({});
  const { source, translation } = input.build(n);
  mkdirSync(path.join(root, 'content'), { recursive: true });
  mkdirSync(path.join(root, 'translations/ja-JP/content'), { recursive: true });
  writeFileSync(path.join(root, 'content/page.md'), source);
  writeFileSync(path.join(root, 'translations/ja-JP/content/page.md'), translation);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const report = await lint({ root, rules });
    best = Math.min(best, performance.now() - started);
    expect(report.internalErrorCount).toBe(0);
  }
  return best;
}

/**
 * Linear work grows 4x from n to 4n, quadratic 16x. The bound of 10x leaves room for noise on a busy
 * machine; a second measurement is taken before failing, since a quadratic cost fails both.
 */
describe.each(COST_INPUTS)('cost stays linear: $name', (input) => {
  it('4n costs well under 16x n', async () => {
    const ratios: number[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const small = await cost(input, input.n);
      const large = await cost(input, input.n * 4);
      ratios.push(large / small);
      if (large / small < 10) break;
    }
    expect(Math.min(...ratios)).toBeLessThan(10);
  }, 120_000);
});
