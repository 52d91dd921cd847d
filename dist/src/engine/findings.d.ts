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
export declare function onePerSpan(findings: readonly Finding[], rules: readonly Rule[]): Finding[];
export declare function countOriginKeys(findings: readonly Finding[]): Map<string, number>;
/** Whether the source has the same defect (and uses one of its occurrences up). */
export declare function takeOrigin(counts: Map<string, number>, { rule, descriptor }: Finding): boolean;
