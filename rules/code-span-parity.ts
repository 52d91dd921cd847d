import { diffSequences, neighbours, placeMissing } from '../src/align.js';
import { quote, reportDifferences, type Difference } from '../src/compare.js';
import { alignDocuments, unmatchedBlockSpans, within } from '../src/liquid-compare.js';
import { bodyStart, type Code, type ParsedDocument } from '../src/model.js';
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
  // Code inside a Liquid block that one side lacks is part of liquid-block-parity's finding.
  const skip = unmatchedBlockSpans(alignDocuments(reference, translation));
  const theirs = reference.code.filter((code) => !within(skip.reference, code.start));
  const mine = translation.code.filter((code) => !within(skip.variant, code.start));
  const diff = diffSequences(theirs.map(codeKey), mine.map(codeKey), (r, v) => theirs[r].kind === mine[v].kind);
  const differences: Difference[] = [];
  for (const [r, v] of diff.changed) {
    differences.push({
      kind: 'changed',
      start: mine[v].start,
      end: mine[v].end,
      key: `changed ${codeKey(theirs[r])} ${codeKey(mine[v])}`,
      referenceStart: theirs[r].start,
      message: (where) => `${noun(mine[v])} ${quote(mine[v].value)} differs from ${quote(theirs[r].value)} in ${where}; code is not translated.`,
    });
  }
  for (const r of diff.missing) {
    const { previous, next } = neighbours(diff.pairs, r);
    const place = placeMissing(
      theirs[r],
      previous && { reference: theirs[previous[0]], variant: mine[previous[1]] },
      next && { reference: theirs[next[0]], variant: mine[next[1]] },
      bodyStart(translation),
    );
    differences.push({
      kind: 'missing',
      start: place.at,
      key: `missing ${codeKey(theirs[r])}`,
      referenceStart: theirs[r].start,
      message: (where) => `${noun(theirs[r])} ${quote(theirs[r].value)} is missing ${place.relation} this point (present in ${where}).`,
    });
  }
  for (const v of diff.extra) {
    differences.push({
      kind: 'extra',
      start: mine[v].start,
      end: mine[v].end,
      key: `extra ${codeKey(mine[v])}`,
      referenceStart: 0,
      message: (_where, name) => `${noun(mine[v])} ${quote(mine[v].value)} is not in ${name}.`,
    });
  }
  return differences;
}
