import { placeWords } from '../src/align.js';
import { quote, reportDifferences, type Difference } from '../src/compare.js';
import { alignOutlines, compareBlockItems } from '../src/doc-align.js';
import type { Link, ParsedDocument } from '../src/model.js';
import type { Rule } from '../src/rule.js';

/**
 * In each pair of aligned blocks, a translation links to what the source links to. Only the target
 * without its fragment is compared: a differing fragment is link-anchor's finding.
 */
const rule: Rule = {
  meta: {
    id: 'link-parity',
    description: "A translation's link and image targets in each block equal the source's",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    reportDifferences(context, compareLinks);
  },
};
export default rule;

function target(link: Link): string {
  const hash = link.url.indexOf('#');
  return (hash < 0 ? link.url : link.url.slice(0, hash)).trim();
}

/** A same-page link (`#x`) has no target to compare; its fragment is link-anchor's. */
function linkKey(link: Link): string {
  return `${link.kind === 'image' ? 'image' : 'link'} ${target(link)}`;
}

const noun = (link: Link): string => (link.kind === 'image' ? 'Image' : 'Link to');

function compareLinks(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const alignment = alignOutlines(reference, translation);
  const itemsOf = (outline: ReturnType<typeof alignOutlines>['reference'], block: number): Link[] => outline.contents[block].links.filter((link) => target(link) !== '');
  const differences: Difference[] = [];
  for (const item of compareBlockItems(alignment, translation, itemsOf, linkKey, (a, b) => (a.kind === 'image') === (b.kind === 'image'))) {
    if (item.kind === 'changed') {
      const [theirs, mine] = [item.reference, item.variant];
      differences.push({
        kind: 'changed',
        start: mine.urlStart ?? mine.start,
        end: mine.urlStart === null ? mine.end : mine.urlStart + mine.url.length,
        key: `changed ${linkKey(theirs)} ${linkKey(mine)}`,
        referenceStart: theirs.start,
        message: (where) => `${noun(mine)} ${quote(target(mine))} differs from ${quote(target(theirs))} in ${where}; link targets are not translated.`,
      });
    } else if (item.kind === 'missing') {
      const { reference: theirs, place } = item;
      differences.push({
        kind: 'missing',
        start: place.at,
        key: `missing ${linkKey(theirs)}`,
        referenceStart: theirs.start,
        message: (where) => `${noun(theirs)} ${quote(target(theirs))} is missing ${placeWords(place)} (present in ${where}).`,
      });
    } else {
      const mine = item.variant;
      differences.push({
        kind: 'extra',
        start: mine.start,
        end: mine.end,
        key: `extra ${linkKey(mine)}`,
        referenceStart: 0,
        message: (_where, name) => `${noun(mine)} ${quote(target(mine))} is not in ${name} at this place.`,
      });
    }
  }
  return differences;
}
