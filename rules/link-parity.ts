import { alignOutlines, compareBlockItems, type Difference, itemDifferences, type Link, type Outline, type ParsedDocument, quote, reportDifferences, type Rule } from '../src/rule-kit/index.js';

/**
 * In each pair of aligned blocks, a translation links to what the source links to, with a fragment
 * where the source has one: which fragment is link-anchor's finding.
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

/**
 * A same-page link (`#x`) has no target to compare. Whether a link has a fragment is compared (one the
 * translation added or dropped changes where the reader lands); which fragment is link-anchor's.
 */
function linkKey(link: Link): string {
  return `${link.kind === 'image' ? 'image' : 'link'} ${target(link)}${link.url.includes('#') ? '#' : ''}`;
}

/** The target as a message shows it: with its fragment, when it has one. */
function shown(link: Link): string {
  return link.url.includes('#') ? link.url.trim() : target(link);
}

/**
 * How alike two changed links are: the same fragment, then the words their paths share. A sentence
 * reordered in translation (`[comment](/v3/pulls/comments/) … [template](/v3/#hypermedia)`) pairs each
 * link with its own counterpart, not the one in its position.
 */
function likeness(reference: Link, variant: Link): number {
  const fragment = (link: Link): string => link.url.slice(link.url.indexOf('#') + 1 || link.url.length).toLowerCase();
  const words = (link: Link): Set<string> => new Set(target(link).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const theirs = words(reference);
  let shared = 0;
  for (const word of words(variant)) if (theirs.has(word)) shared++;
  return (fragment(reference) !== '' && fragment(reference) === fragment(variant) ? 100 : 0) + shared;
}

const noun = (link: Link): string => (link.kind === 'image' ? 'Image' : 'Link to');

function compareLinks(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const alignment = alignOutlines(reference, translation);
  const itemsOf = (outline: Outline, block: number): Link[] => outline.contents[block].links.filter((link) => target(link) !== '');
  const items = compareBlockItems(alignment, translation, itemsOf, linkKey, (a, b) => (a.kind === 'image') === (b.kind === 'image'), likeness);
  return itemDifferences(items, {
    key: linkKey,
    noun,
    value: (link) => quote(shown(link)),
    text: (link) => shown(link),
    // At the destination, when it is written out.
    changedSpan: (link) => (link.urlStart === null ? link : { start: link.urlStart, end: link.urlStart + link.url.length }),
    changedNote: () => '; link targets are not translated',
  });
}
