import { defineConfig } from 'vitest/config';

/** `npm test`: the fast tests. Whole-tree and spawned-framework cases are `*.slow.test.ts` (`npm run test:slow`). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/**/*.slow.test.ts'],
    testTimeout: 30_000,
  },
});
