import { alignDocuments, alignOutlines, blockFinder, blockKey, countBelow, deepBlockKey, type Difference, type DocumentAlignment, type LiquidBlock, type LiquidBranch, normalizeArgs, type ParsedDocument, placeBlock, placeByBlock, type Placement, placeWords, quote, reportDifferences, type Rule, type Span, within } from '../src/rule-kit/index.js';

/**
 * The Liquid block tree (`if`, `for`, `ifversion`, `note`, …) of a translation equals the source's.
 * A missing, extra, changed or moved block is one finding at its place, not one per line after it.
 */
const rule: Rule = {
  meta: {
    id: 'liquid-block-parity',
    description: "A translation's Liquid blocks and their conditions match the source's",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    reportDifferences(context, compareBlocks);
  },
};
export default rule;

function compareBlocks(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const opening = (doc: ParsedDocument, node: LiquidBlock | LiquidBranch): string =>
    quote(doc.text.slice(node.start, 'openEnd' in node ? node.openEnd : node.bodyStart));
  // What lies in a section the translation lacks whole is heading-parity's one finding.
  const outlines = alignOutlines(reference, translation);
  const missingSections = outlines.missingSections;
  const differences = alignDocuments(reference, translation).differences.filter((d) => d.kind !== 'missing' || !within(missingSections, d.reference.start));
  return differences.map((difference): Difference => {
    switch (difference.kind) {
      case 'missing': {
        const block = difference.reference;
        const place = placeByOutline(outlines, block, difference.place, difference.container, translation);
        return {
          kind: 'missing',
          start: place.at,
          key: `missing ${deepBlockKey(block)}`,
          referenceStart: block.start,
          message: (where) => `The block ${opening(reference, block)}${span(reference, block)} is missing ${placeWords(place)} (present in ${where}).`,
        };
      }
      case 'extra':
        return {
          kind: 'extra',
          start: difference.variant.start,
          end: difference.variant.openEnd,
          key: `extra ${deepBlockKey(difference.variant)}`,
          referenceStart: 0,
          message: (_where, name) => `The block ${opening(translation, difference.variant)} is not in ${name}.`,
        };
      case 'moved':
        return {
          kind: 'changed',
          start: difference.variant.start,
          end: difference.variant.openEnd,
          key: `moved ${deepBlockKey(difference.variant)}`,
          referenceStart: difference.reference.start,
          message: (where) => `The block ${opening(translation, difference.variant)} is out of place: ${where} has it elsewhere, in another order.`,
        };
      case 'changed': {
        const { reference: theirs, variant: mine } = difference;
        // Same condition, another keyword: `{% if x %}` for `{% ifversion x %}`.
        const keyword = theirs.name !== mine.name && normalizeArgs(theirs.args) === normalizeArgs(mine.args);
        return {
          kind: 'changed',
          start: mine.start,
          end: mine.openEnd,
          key: `changed ${blockKey(theirs)} ${blockKey(mine)}`,
          referenceStart: theirs.start,
          message: (where) =>
            keyword
              ? `The block ${opening(translation, mine)} uses the keyword \`${mine.name}\` where ${where} has \`${theirs.name}\` (${opening(reference, theirs)}): Liquid keywords are not translated.`
              : difference.respelled
                ? `The block ${opening(translation, mine)} differs from ${opening(reference, theirs)} in ${where}: the version test is spelled another way; copy the source's block with what it contains.`
                : `The block ${opening(translation, mine)} differs from ${opening(reference, theirs)} in ${where}.`,
        };
      }
      case 'changed-branch':
        return {
          kind: 'changed',
          start: difference.variant.start,
          end: difference.variant.bodyStart,
          key: `changed-branch ${blockKey(difference.reference)} ${blockKey(difference.variant)}`,
          referenceStart: difference.reference.start,
          message: (where) => `The branch ${opening(translation, difference.variant)} of ${opening(translation, difference.block)} differs from ${opening(reference, difference.reference)} in ${where}.`,
        };
      case 'wrapped':
        return {
          kind: 'extra',
          start: difference.variant.start,
          end: difference.variant.openEnd,
          key: `wrapped ${blockKey(difference.variant)}`,
          referenceStart: difference.reference.start,
          message: (where) => `The block ${opening(translation, difference.variant)} wraps ${opening(reference, difference.reference)}, which ${where} has without it.`,
        };
      case 'unwrapped':
        return {
          kind: 'missing',
          start: difference.variant.start,
          end: difference.variant.openEnd,
          key: `unwrapped ${blockKey(difference.reference)}`,
          referenceStart: difference.reference.start,
          message: (where) => `${opening(translation, difference.variant)} is no longer inside ${opening(reference, difference.reference)}, as it is in ${where}.`,
        };
      case 'missing-branch':
        return {
          kind: 'missing',
          start: difference.at,
          key: `missing-branch ${blockKey(difference.reference)}`,
          referenceStart: difference.reference.start,
          message: (where) => `The branch ${opening(reference, difference.reference)} of ${opening(translation, difference.block)} is missing after this point (present in ${where}).`,
        };
      case 'extra-branch':
        return {
          kind: 'extra',
          start: difference.variant.start,
          end: difference.variant.bodyStart,
          key: `extra-branch ${blockKey(difference.variant)}`,
          referenceStart: 0,
          message: (_where, name) => `The branch ${opening(translation, difference.variant)} is not in ${name}.`,
        };
    }
  });
}

/**
 * Where a missing block belongs by the paragraphs around it, when that is inside the container the
 * Liquid alignment placed it in: a block with no matched Liquid neighbour would otherwise go to the
 * container's start, and every such block of a page onto one line and column.
 */
function placeByOutline(outlines: DocumentAlignment, block: LiquidBlock, place: Placement, container: Span, translation: ParsedDocument): Placement {
  const blocks = outlines.reference.blocks;
  let index = blockFinder(blocks)(block.start);
  if (index < 0) index = countBelow(blocks.map((b) => b.start), block.start);
  if (index >= blocks.length) return place;
  const outline = outlines.partners.has(index) ? placeByBlock(outlines, block.start, place, translation) : placeBlock(outlines, index, translation);
  return outline.at >= container.start && outline.at <= container.end ? outline : place;
}

function span(doc: ParsedDocument, block: LiquidBlock): string {
  const lines = doc.text.slice(block.start, block.end).split(/\r\n|\r|\n/).length;
  return lines > 1 ? ` (${lines} lines)` : '';
}
