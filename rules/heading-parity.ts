import { alignOutlines, anchorsOf, countBelow, type Difference, type DocumentAlignment, locate, type Outline, type ParsedDocument, placeBlock, placeWords, quote, reportDifferences, type Rule } from '../src/rule-kit/index.js';

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
  // A placeholder (its heading inside a Liquid block the other side lacks) is that block's finding.
  const missingByGap = groupBy(sections.missing.filter((s) => !theirs.sections[s].placeholder), (s) => gapOf(s, 0));
  const extraByGap = groupBy(sections.extra.filter((s) => !mine.sections[s].placeholder), (s) => gapOf(s, 1));
  const levelChanged = (r: number, v: number): void => {
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
  };
  for (const [r, v] of sections.pairs) {
    const [source, variant] = [theirs.sections[r], mine.sections[v]];
    if (source.depth !== variant.depth && !source.placeholder && !variant.placeholder) levelChanged(r, v);
  }
  for (const [gap, missing] of missingByGap) {
    const extra = extraByGap.get(gap) ?? [];
    // As many on each side, and sections that share something: the same headings, re-levelled.
    if (extra.length !== missing.length || !missing.every((r, i) => sharedAnchors(alignment, r, extra[i]))) continue;
    missing.forEach((r, i) => levelChanged(r, extra[i]));
    missingByGap.delete(gap);
    extraByGap.delete(gap);
  }
  // Translated headings take the source's anchors by position: a heading missing or extra moves those after it.
  const shift = (after: number): string => (mine.sections.some((section) => section.heading >= 0 && mine.blocks[section.heading].start >= after) ? '; every heading anchor after it shifts.' : '.');
  const missingAt = new Map<number, number>();
  for (const r of [...missingByGap.values()].flat()) {
    const heading = theirs.sections[r].heading;
    // A heading opens what follows it: it belongs before the next paired block, where the shift starts.
    const next = alignment.blocks.pairs.find(([block]) => block > heading);
    const place = next ? { at: mine.blocks[next[1]].start, relation: 'before' as const } : placeBlock(alignment, heading, translation);
    // The key is the same in every language (heading text is translated): the nth heading missing here.
    const nth = missingAt.get(place.at) ?? 0;
    missingAt.set(place.at, nth + 1);
    const whole = alignment.missingSections.find((section) => section.start === theirs.blocks[heading].start);
    const what = whole
      ? `The section ${headingText(reference, theirs, r)} (lines ${locate(reference, whole.start).line}–${locate(reference, Math.max(whole.start, whole.end - 1)).line} of the source), heading and text,`
      : `The h${theirs.sections[r].depth} heading ${headingText(reference, theirs, r)}`;
    differences.push({
      kind: 'missing',
      start: place.at,
      key: `missing h${theirs.sections[r].depth} ${nth}`,
      referenceStart: theirs.blocks[heading].start,
      message: (where) => `${what} is missing ${placeWords(place)} (present in ${where})${shift(place.at)}`,
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
      message: (_where, name) => `This h${mine.sections[v].depth} heading is not in ${name}${shift(block.end)}`,
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


/** Whether two sections have an anchor (code, link target, Liquid, number) in common. */
function sharedAnchors(alignment: DocumentAlignment, referenceSection: number, translationSection: number): boolean {
  const anchors = (outline: DocumentAlignment['reference'], from: number, end: number): string[] => {
    const all: string[] = [];
    for (let i = from + 1; i < end; i++) all.push(...anchorsOf(outline.signatures[i]));
    return all;
  };
  const r = alignment.referenceSections[referenceSection];
  const v = alignment.translationSections[translationSection];
  const theirs = new Set(anchors(alignment.reference, r.first, r.end));
  return anchors(alignment.translation, v.first, v.end).some((anchor) => theirs.has(anchor));
}
