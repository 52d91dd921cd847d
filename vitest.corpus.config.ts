import { defineConfig } from 'vitest/config';

/** The real-corpus checks: they need ../shared (DOCS_LINT_SHARED overrides where it is). */
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
