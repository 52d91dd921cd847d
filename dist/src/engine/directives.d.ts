import { type Location, type ParsedDocument, type Span } from '../model/document.js';
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
export interface Directive extends Span {
    kind: DirectiveKind;
    /** The rules it names; empty for all rules. */
    ruleIds: string[];
    /** Where the comment starts and ends (1-based lines and columns). */
    from: Location;
    to: Location;
}
/** The rule id of the finding that reports a directive which suppressed nothing. */
export declare const UNUSED_DISABLE_DIRECTIVE = "unused-disable-directive";
/** The directives of a Markdown document, in order; comments inside code and front matter are not directives. */
export declare function findDirectives(doc: ParsedDocument): Directive[];
/** Where a finding is, and which rule made it. */
export interface DirectiveTarget {
    ruleId: string;
    line: number;
    column: number;
}
export interface UnusedDirective {
    directive: Directive;
    /** The ids it names that suppressed nothing; empty when it names no ids (and suppressed nothing). */
    ruleIds: string[];
}
export interface DirectiveOutcome<T> {
    kept: T[];
    unused: UnusedDirective[];
}
/**
 * Drops the findings that directives suppress and lists the directives (or the ids of a directive)
 * that suppressed nothing. `target` returns null for a finding no directive may hide.
 */
export declare function applyDirectives<T>(directives: readonly Directive[], findings: readonly T[], target: (finding: T) => DirectiveTarget | null): DirectiveOutcome<T>;
/** The message of an unused directive: what it names that nothing needed, or that a rule does not exist. */
export declare function describeUnused({ directive, ruleIds }: UnusedDirective, knownRuleIds: ReadonlySet<string>): string;
