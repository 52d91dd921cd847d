import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { rules } from '../rules/index.js';
import { lint, type LintMessage } from '../src/engine/lint.js';
import type { Severity } from '../src/rule-kit/rule.js';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop() as string, { recursive: true, force: true });
});

/** Writes a docs tree into a fresh temporary folder (removed after the test) and returns its root. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'docs-lint-'));
  made.push(root);
  for (const [relative, content] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

export interface Found {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  severity: LintMessage['severity'];
}

/**
 * Lints a tree made from `files` and returns its findings, flattened and in report order. With
 * `only`, just that rule runs (every other is off), so a test sees exactly what its rule does.
 */
export async function findings(files: Record<string, string | Uint8Array>, only?: string, extra: Partial<Parameters<typeof lint>[0]> = {}): Promise<Found[]> {
  const root = makeTree(files);
  const ruleSeverities: Record<string, Severity> = {};
  if (only) for (const rule of rules) if (rule.meta.id !== only) ruleSeverities[rule.meta.id] = 'off';
  const report = await lint({ root, rules, ruleSeverities, ...extra });
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ file: result.filePath, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message, severity: m.severity })),
  );
}

/** `file:line:col rule` of each finding: what most assertions compare. */
export function where(found: readonly Found[]): string[] {
  return found.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
}

/** A page with the front matter every page needs, then `body`. */
export function page(body: string, frontMatter = "title: Example\nversions:\n  fpt: '*'\n"): string {
  return `---\n${frontMatter}---\n\n${body}`;
}
