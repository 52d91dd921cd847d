import { defineConfig } from 'vitest/config';

/** `npm run test:slow`: spawned CLI suites, fuzzing, linear cost and the real hook frameworks (CI runs them). */
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    exclude: ['test/corpus/**'],
    testTimeout: 120_000,
  },
});
