import type { FindingContext } from './engine/finding-context.js';
import type { Fix } from './rule-kit/rule.js';

/** One finding, in ESLint's message shape. */
export interface LintMessage {
  ruleId: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text around the finding, for baselines and SARIF fingerprints (not printed by --format json). */
  context?: FindingContext;
  /** What `--fix` would do, as in ESLint: replace `range` (offsets into the text, after a BOM) with `text`. */
  fix?: Fix;
}

/** The findings of one file, in ESLint's result shape (`filePath` relative to the root). */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The file's text after `--fix` (or what it would be, with `--fix-dry-run`), when fixes changed it. */
  output?: string;
}

export interface LintReport {
  results: LintResult[];
  /** Findings that are docs-lint's own failures (a bug): the CLI exits 2 when there are any. */
  internalErrorCount: number;
  /** Files parsed during the run. */
  parsedFileCount: number;
  /** Files whose findings were taken from the cache (`--cache`): their inputs had not changed. */
  reusedFileCount: number;
}

/** A mistake in how docs-lint was called: the CLI prints it as one line and exits 2. */
export class UsageError extends Error {}
