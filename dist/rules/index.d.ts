import type { Rule } from '../src/rule-kit/index.js';
/**
 * Every rule docs-lint has. The order matters once: when two rules flag exactly the same span, the
 * earlier one's finding is kept, so the checks of a file on its own come before the comparisons.
 */
export declare const rules: readonly Rule[];
