import type { ParsedDocument } from '../model/document.js';
import type { ReportDescriptor, Rule } from '../rule-kit/rule.js';

/** A rule's report on a document, before it becomes a message with a line and column. */
export interface Finding {
  rule: Rule;
  doc: ParsedDocument;
  descriptor: ReportDescriptor;
}

/**
 * Two rules that flag exactly the same (non-empty) span are describing one defect: keep the finding
 * of the rule that comes first in the rule list.
 */
export function onePerSpan(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
  const rank = (finding: Finding): number => rules.indexOf(finding.rule);
  const kept = new Map<string, Finding>();
  const result: Finding[] = [];
  for (const finding of findings) {
    const { start, end = start } = finding.descriptor;
    if (end <= start) {
      result.push(finding);
      continue;
    }
    const span = `${start}:${end}`;
    const other = kept.get(span);
    if (!other || other.rule === finding.rule) {
      if (!other) kept.set(span, finding);
      result.push(finding);
    } else if (rank(finding) < rank(other)) {
      result.splice(result.indexOf(other), 1, finding);
      kept.set(span, finding);
    }
  }
  return result;
}

export function countOriginKeys(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { rule, descriptor } of findings) {
    if (descriptor.originKey === undefined) continue;
    const key = `${rule.meta.id}\u0000${descriptor.originKey}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether the source has the same defect (and uses one of its occurrences up). */
export function takeOrigin(counts: Map<string, number>, { rule, descriptor }: Finding): boolean {
  if (descriptor.originKey === undefined) return false;
  const key = `${rule.meta.id}\u0000${descriptor.originKey}`;
  const left = counts.get(key) ?? 0;
  if (left <= 0) return false;
  counts.set(key, left - 1);
  return true;
}
