import { placeWords } from '../src/align.js';
import { quote, reportDifferences, type Difference } from '../src/compare.js';
import { alignOutlines, compareBlockItems } from '../src/doc-align.js';
import type { Code, ParsedDocument } from '../src/model.js';
import type { Rule } from '../src/rule.js';

/** Inline code and code blocks are not translated: a translation has exactly the source's. */
const rule: Rule = {
  meta: {
    id: 'code-span-parity',
    description: "A translation's inline code spans and code blocks equal the source's",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'translation',
    kinds: ['page', 'reusable'],
  },
  check(context) {
    reportDifferences(context, compareCode);
  },
};
export default rule;

/**
 * What must stay identical: the code with the legacy `{{ site.data.x }}` written as `{% data x %}`
 * (the same thing), and for code blocks without whole-line comments, which translators may translate.
 */
function codeKey(code: Code): string {
  let value = code.value.replace(/\{\{\s*site\.data\.([\w.-]+)\s*\}\}/g, '{% data $1 %}');
  if (code.kind === 'block') value = value.split(/\r?\n/).filter((line) => !/^\s*(?:#(?!!)|\/\/)/.test(line)).join('\n');
  return `${code.kind} ${value.trim()}`;
}
const noun = (code: Code): string => (code.kind === 'inline' ? 'Code span' : 'Code block');

function compareCode(translation: ParsedDocument, reference: ParsedDocument): Difference[] {
  const alignment = alignOutlines(reference, translation);
  const differences: Difference[] = [];
  const items = compareBlockItems(alignment, translation, (outline, block) => outline.contents[block].code, codeKey, (a, b) => a.kind === b.kind);
  for (const item of items) {
    if (item.kind === 'changed') {
      const [theirs, mine] = [item.reference, item.variant];
      differences.push({
        kind: 'changed',
        start: mine.start,
        end: mine.end,
        key: `changed ${codeKey(theirs)} ${codeKey(mine)}`,
        referenceStart: theirs.start,
        message: (where) => `${noun(mine)} ${quote(mine.value)} differs from ${quote(theirs.value)} in ${where}; code is not translated.`,
      });
    } else if (item.kind === 'missing') {
      const { reference: theirs, place } = item;
      differences.push({
        kind: 'missing',
        start: place.at,
        key: `missing ${codeKey(theirs)}`,
        referenceStart: theirs.start,
        message: (where) => `${noun(theirs)} ${quote(theirs.value)} is missing ${placeWords(place)} (present in ${where}).`,
      });
    } else {
      const mine = item.variant;
      differences.push({
        kind: 'extra',
        start: mine.start,
        end: mine.end,
        key: `extra ${codeKey(mine)}`,
        referenceStart: 0,
        message: (_where, name) => `${noun(mine)} ${quote(mine.value)} is not in ${name}.`,
      });
    }
  }
  return differences;
}
