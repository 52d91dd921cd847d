import { placeWords } from '../src/align.js';
import { quote, reportDifferences, type Difference } from '../src/compare.js';
import { alignOutlines, countBelow, placeBlock } from '../src/doc-align.js';
import type { ParsedDocument } from '../src/model.js';
import type { Outline } from '../src/outline.js';
import type { Rule } from '../src/rule.js';

/**
 * A translation has the source's h2–h4 headings, in number, level and order. Translated pages are
 * served with the English anchors, paired with the translated headings by position: one heading
 * missing or extra shifts every anchor after it.
 */
const rule: Rule = {
  meta: {
    id: 'heading-parity',
    description: "A translation's h2–h4 headings match the source's in number, level and order",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    reportDifferences(context, compareHeadings);
  },
};
export default rule;

function headingText(doc: ParsedDocument, outline: Pick<Outline, 'blocks' | 'sections'>, section: number): string {
  const block = outline.blocks[outline.sections[section].heading];
  return quote(doc.text.slice(block.start, block.end));
}

function compareHeadings(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const alignment = alignOutlines(reference, translation);
  const { sections } = alignment;
  const theirs = { blocks: alignment.reference.blocks, sections: alignment.referenceSections };
  const mine = { blocks: alignment.translation.blocks, sections: alignment.translationSections };
  const differences: Difference[] = [];
  // Unpaired headings between the same two paired ones, as many on each side: their level changed.
  const paired = [sections.pairs.map((pair) => pair[0]), sections.pairs.map((pair) => pair[1])];
  const gapOf = (index: number, side: 0 | 1): number => countBelow(paired[side], index);
  const missingByGap = groupBy(sections.missing, (s) => gapOf(s, 0));
  const extraByGap = groupBy(sections.extra, (s) => gapOf(s, 1));
  for (const [gap, missing] of missingByGap) {
    const extra = extraByGap.get(gap) ?? [];
    if (extra.length !== missing.length) continue;
    missing.forEach((r, i) => {
      const v = extra[i];
      const [source, variant] = [theirs.sections[r], mine.sections[v]];
      const block = mine.blocks[variant.heading];
      differences.push({
        kind: 'changed',
        symmetric: true,
        start: block.start,
        end: block.end,
        key: `level ${source.depth} ${variant.depth}`,
        referenceStart: theirs.blocks[source.heading].start,
        message: (where) => `This heading is h${variant.depth}, but the heading in its place in ${where} is h${source.depth} (${headingText(reference, theirs, r)}).`,
      });
    });
    missingByGap.delete(gap);
    extraByGap.delete(gap);
  }
  for (const r of [...missingByGap.values()].flat()) {
    const heading = theirs.sections[r].heading;
    const place = placeBlock(alignment, heading, translation);
    differences.push({
      kind: 'missing',
      start: place.at,
      key: `missing h${theirs.sections[r].depth} ${reference.text.slice(theirs.blocks[heading].start, theirs.blocks[heading].end)}`,
      referenceStart: theirs.blocks[heading].start,
      message: (where) =>
        `The h${theirs.sections[r].depth} heading ${headingText(reference, theirs, r)} is missing ${placeWords(place)} (present in ${where}); every heading anchor after it shifts.`,
    });
  }
  for (const v of [...extraByGap.values()].flat()) {
    const block = mine.blocks[mine.sections[v].heading];
    differences.push({
      kind: 'extra',
      start: block.start,
      end: block.end,
      key: `extra h${mine.sections[v].depth}`,
      referenceStart: 0,
      message: (_where, name) => `This h${mine.sections[v].depth} heading is not in ${name}; every heading anchor after it shifts.`,
    });
  }
  return differences;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

