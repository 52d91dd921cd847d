import { type ParsedDocument } from '../model/document.js';
import type { Fix, RuleContext } from './rule.js';
/** One way in which a translation differs from a reference variant. */
export interface Difference {
    /** Where in the translation to report it. */
    start: number;
    end?: number;
    /**
     * `missing`: the reference has something the translation lacks. `extra`: the reverse. `changed`:
     * both have it, in different forms.
     */
    kind: 'missing' | 'extra' | 'changed';
    /** What differs, the same for every reference that differs the same way (used to merge them). */
    key: string;
    /** Where the reference has it, for the message. */
    referenceStart: number;
    /**
     * The message, given the reference with its line (`the source at line 24`, `zh-CN at line 24`) and
     * without (`the source`, `zh-CN and ja-JP`).
     */
    message(where: string, reference: string): string;
    /** Reported between siblings even though it is not a `missing` (both cannot be right). */
    symmetric?: boolean;
    /** The repair that makes the translation agree with the reference: offered only when the reference is the source. */
    fix?: Fix;
}
export type Comparison = (translation: ParsedDocument, reference: ParsedDocument) => Difference[];
/**
 * Runs a comparison the way every parity rule needs it. With a source, the source is the reference
 * and every difference is reported. Without one, each sibling translation is a reference, and only
 * what the translation lacks is reported (naming the languages that have it), since among siblings
 * nothing says which one is right.
 */
export declare function reportDifferences(context: RuleContext, compare: Comparison): void;
export declare function joinAnd(items: readonly string[]): string;
/** Shows a snippet of source text in a message, shortened to stay on one readable line. */
export declare function quote(text: string, max?: number): string;
/**
 * Two snippets for a "differs from" message. When shortened they would read the same (long URLs that
 * differ in a trailing slash), each shows the end from just before where they differ.
 */
export declare function quotePair(mine: string, theirs: string, max?: number): [string, string];
