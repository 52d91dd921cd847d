import type { LintResult } from '../../results.js';
import type { RuleMeta } from '../../rule-kit/rule.js';
export interface SarifOptions {
    /** Every rule (and internal-error), in the order docs-lint runs them: `tool.driver.rules`. */
    rules: readonly Pick<RuleMeta, 'id' | 'description' | 'defaultSeverity'>[];
    /** docs-lint's version. */
    version: string;
    /** A root-relative path as the consumer resolves it (relative to the checkout, for code scanning). */
    displayPath?: (filePath: string) => string;
}
/** The key under `partialFingerprints`; bump its version if the fingerprint's recipe changes. */
export declare const FINGERPRINT_KEY = "docsLintFinding/v1";
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule in `tool.driver.rules`, and for each
 * finding a fingerprint from its rule, file and text (not its line), so alerts survive unrelated edits.
 */
export declare function formatSarif(results: readonly LintResult[], options: SarifOptions): string;
