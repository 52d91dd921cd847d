import { placeWords } from '../src/align.js';
import { reportDifferences, type Difference } from '../src/compare.js';
import { alignOutlines, compareBlockItems } from '../src/doc-align.js';
import { blockFinder } from '../src/outline.js';
import type { ParsedDocument, Span } from '../src/model.js';
import type { NumberItem } from '../src/outline.js';
import type { Rule } from '../src/rule.js';

/**
 * Numbers in prose (limits, counts, versions) mean the same in every language: each aligned block
 * has the source's numbers. Digit shapes (`３`, `٣`) and separators (`1,000`, `1.000`, `1 000`) do
 * not matter; numbers in code, Liquid, link targets and names (`H2`, `OAuth2`) are not counted.
 */
const rule: Rule = {
  meta: {
    id: 'number-parity',
    description: 'The numbers in each translated block match the source block',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    reportDifferences(context, compareNumbers);
  },
};
export default rule;

function compareNumbers(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const alignment = alignOutlines(reference, translation);
  const written = (doc: ParsedDocument, item: NumberItem): string => doc.text.slice(item.start, item.end);
  const differences: Difference[] = [];
  const owner = blockFinder(alignment.translation.blocks);
  for (const found of compareBlockItems(alignment, translation, (outline, block) => outline.contents[block].numbers, (n) => n.value)) {
    // Small numbers are often words in one language and digits in another ("one request", "1 回のリクエスト").
    if (found.kind === 'extra' && isSmall(found.variant)) continue;
    const item = found.kind === 'changed' && isSmall(found.variant) ? ({ kind: 'missing', reference: found.reference, place: { at: found.variant.start, relation: 'before' } } as const) : found;
    if (item.kind === 'missing' && isSmall(item.reference) && writtenAsNumeral(translation, owner(item.place.at), alignment.translation.blocks, Number(item.reference.value))) continue;
    if (item.kind === 'changed') {
      const [theirs, mine] = [item.reference, item.variant];
      differences.push({
        kind: 'changed',
        start: mine.start,
        end: mine.end,
        key: `changed ${theirs.value} ${mine.value}`,
        referenceStart: theirs.start,
        message: (where) => `The number ${written(translation, mine)} differs from ${written(reference, theirs)} in ${where}.`,
      });
    } else if (item.kind === 'missing') {
      const { reference: theirs, place } = item;
      differences.push({
        kind: 'missing',
        start: place.at,
        key: `missing ${theirs.value}`,
        referenceStart: theirs.start,
        message: (where) => `The number ${written(reference, theirs)} is missing ${placeWords(place)} (present in ${where}).`,
      });
    } else {
      const mine = item.variant;
      differences.push({
        kind: 'extra',
        start: mine.start,
        end: mine.end,
        key: `extra ${mine.value}`,
        referenceStart: 0,
        message: (_where, name) => `The number ${written(translation, mine)} is not in ${name} at this place.`,
      });
    }
  }
  return differences;
}

function isSmall(item: NumberItem): boolean {
  return item.value.length <= 2 && Number(item.value) <= 10;
}

const NUMERALS = '〇一二三四五六七八九十';

/** Whether the translation's block writes the number with a CJK numeral (三 for 3). */
function writtenAsNumeral(doc: ParsedDocument, block: number, blocks: readonly Span[], value: number): boolean {
  if (block < 0) return false;
  return doc.text.slice(blocks[block].start, blocks[block].end).includes(NUMERALS[value]);
}
