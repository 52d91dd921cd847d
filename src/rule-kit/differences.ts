import { locate, type ParsedDocument } from '../model/document.js';
import type { Fix, RuleContext, Variant } from './rule.js';

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
export function reportDifferences(context: RuleContext, compare: Comparison): void {
  if (context.source) {
    const source = context.source;
    for (const difference of compare(context.doc, source.doc)) {
      context.report({ start: difference.start, end: difference.end, message: difference.message(`the source at line ${lineOf(source, difference.referenceStart)}`, 'the source'), fix: difference.fix });
    }
    return;
  }
  const merged = new Map<string, { difference: Difference; references: string[]; languages: string[] }>();
  for (const sibling of context.siblings) {
    for (const difference of compare(context.doc, sibling.doc)) {
      if (difference.kind !== 'missing' && !difference.symmetric) continue;
      const id = `${difference.start}\u0000${difference.key}`;
      const entry = merged.get(id) ?? { difference, references: [], languages: [] };
      entry.references.push(`${sibling.lang} at line ${lineOf(sibling, difference.referenceStart)}`);
      entry.languages.push(sibling.lang);
      merged.set(id, entry);
    }
  }
  for (const { difference, references, languages } of merged.values()) {
    context.report({ start: difference.start, end: difference.end, message: difference.message(joinAnd(references), joinAnd(languages)) });
  }
}

function lineOf(variant: Variant, offset: number): number {
  return locate(variant.doc, offset).line;
}

export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Shows a snippet of source text in a message, shortened to stay on one readable line. */
export function quote(text: string, max = 80): string {
  // Only as much of a (possibly huge) span as the message shows is flattened: messages cost O(max).
  let flat = '';
  for (let take = max * 2; ; take *= 4) {
    flat = text.slice(0, take).replace(/\s+/g, ' ').trim();
    if (flat.length > max || take >= text.length) break;
  }
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}

/**
 * Two snippets for a "differs from" message. When shortened they would read the same (long URLs that
 * differ in a trailing slash), each shows the end from just before where they differ.
 */
export function quotePair(mine: string, theirs: string, max = 80): [string, string] {
  const pair: [string, string] = [quote(mine, max), quote(theirs, max)];
  if (pair[0] !== pair[1] || mine === theirs) return pair;
  let common = 0;
  while (common < mine.length && common < theirs.length && mine[common] === theirs[common]) common++;
  const from = Math.max(0, common - 30);
  return [quote(`…${mine.slice(from)}`, max), quote(`…${theirs.slice(from)}`, max)];
}
