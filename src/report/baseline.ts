/**
 * Baselines: the findings a team has accepted for now (`--write-baseline`), so that a run reports
 * only new ones (`--baseline`). Entries are keyed by file, rule and the text around the finding, not
 * by line number, so edits elsewhere in a file keep them matching.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UsageError, type LintMessage, type LintResult } from '../results.js';
import { occurrences } from './fingerprint.js';

/** One accepted finding (or `count` alike in the same place). */
export interface BaselineEntry {
  file: string;
  rule: string;
  /** The text of the finding's line around it. */
  text: string;
  /** The flagged text. */
  span: string;
  count: number;
}

export interface Baseline {
  entries: BaselineEntry[];
}

const baselineSchema = z.object({
  docsLintBaseline: z.literal(1),
  findings: z.array(z.object({ file: z.string(), rule: z.string(), text: z.string(), span: z.string(), count: z.number().int().positive() })),
});

const entryKey = (entry: Pick<BaselineEntry, 'file' | 'rule' | 'text' | 'span'>): string => [entry.rule, entry.file, entry.text, entry.span].join('\u0000');

/** Reads a baseline file; a missing or malformed one is a usage error (one line, exit 2). */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  let parsed;
  try {
    parsed = baselineSchema.safeParse(JSON.parse(text));
  } catch {
    throw new UsageError(`The baseline ${file} is not JSON; write it with --write-baseline.`);
  }
  if (!parsed.success) throw new UsageError(`The baseline ${file} is not a docs-lint baseline; write it with --write-baseline.`);
  return { entries: parsed.data.findings };
}

export function serializeBaseline(baseline: Baseline): string {
  const findings = [...baseline.entries].sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.text, b.text) || compare(a.span, b.span));
  return `${JSON.stringify({ docsLintBaseline: 1, findings }, null, 2)}\n`;
}

/** The findings of a run, as baseline entries. */
export function baselineOf(results: readonly LintResult[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const { result, message, key } of occurrences(results)) {
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { file: result.filePath, rule: message.ruleId, text: message.context?.line ?? '', span: message.context?.span ?? '', count: 1 });
  }
  return { entries: [...byKey.values()] };
}

export interface BaselineUpdate {
  baseline: Baseline;
  /** Findings recorded that the previous baseline did not have. */
  added: number;
  /** Previous entries that no longer occur (removed). */
  pruned: number;
}

/**
 * The baseline to write after a run: its findings, plus the previous entries the run did not look at
 * (`covered` says which it did: files linted, rules on), so a narrowed run does not drop them.
 */
export function updateBaseline(results: readonly LintResult[], previous: Baseline | null, covered: (entry: BaselineEntry) => boolean): BaselineUpdate {
  const current = baselineOf(results);
  const before = new Map((previous?.entries ?? []).map((entry) => [entryKey(entry), entry]));
  const now = new Map(current.entries.map((entry) => [entryKey(entry), entry]));
  let added = 0;
  let pruned = 0;
  for (const [key, entry] of now) added += Math.max(0, entry.count - (before.get(key)?.count ?? 0));
  const untouched: BaselineEntry[] = [];
  for (const [key, entry] of before) {
    if (!covered(entry)) untouched.push(entry);
    else pruned += Math.max(0, entry.count - (now.get(key)?.count ?? 0));
  }
  return { baseline: { entries: [...current.entries, ...untouched.filter((entry) => !now.has(entryKey(entry)))] }, added, pruned };
}

export interface BaselineApplied {
  /** The results without the findings the baseline has. */
  results: LintResult[];
  /** Findings left out because the baseline has them. */
  suppressed: number;
  /** Baseline entries (counted singly) that no longer occur in the files linted. */
  stale: number;
}

/** Leaves out the findings the baseline has (as many of each as it records), and recounts. */
export function applyBaseline(results: readonly LintResult[], baseline: Baseline, isFixable: (ruleId: string) => boolean, covered: (entry: BaselineEntry) => boolean): BaselineApplied {
  const left = new Map(baseline.entries.map((entry) => [entryKey(entry), entry.count]));
  const suppressedMessages = new Set<LintMessage>();
  for (const { message, key } of occurrences(results)) {
    const count = left.get(key) ?? 0;
    if (count <= 0) continue;
    left.set(key, count - 1);
    suppressedMessages.add(message);
  }
  const stale = baseline.entries.reduce((total, entry) => total + (covered(entry) ? left.get(entryKey(entry)) ?? 0 : 0), 0);
  const kept = results.map((result) => {
    const messages = result.messages.filter((message) => !suppressedMessages.has(message));
    const count = (severity: 1 | 2, fixable: boolean): number => messages.filter((m) => m.severity === severity && (!fixable || isFixable(m.ruleId))).length;
    return { ...result, messages, errorCount: count(2, false), warningCount: count(1, false), fixableErrorCount: count(2, true), fixableWarningCount: count(1, true) };
  });
  return { results: kept, suppressed: suppressedMessages.size, stale };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
