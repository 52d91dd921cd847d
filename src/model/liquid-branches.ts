import { findDelimited, liquidDelimiters } from './delimited.js';

/**
 * Text whose conditionals (`{% ifversion fpt %}A{% else %}B{% endif %}`) read differently per version.
 * docs-lint does not evaluate conditions; it reads the nth branch of every conditional at once, which
 * is each version's text where a text's conditionals test the same versions (as headings and product
 * names do), and a superset of the texts there can be otherwise.
 */

const OPENERS = new Set(['if', 'ifversion', 'unless']);
const BRANCHES = new Set(['elsif', 'elsifversion', 'else']);
const CLOSERS = new Set(['endif', 'endifversion', 'endunless']);

interface Tag {
  name: string;
  start: number;
  end: number;
}

const LIQUID_TAG = liquidDelimiters(true).slice(0, 1);
const TAG_NAME = /^-?\s*([a-z]*)/i;

/** The `{% … %}` tags of a text, in order, with their names (one linear pass). */
function tagsOf(text: string): Tag[] {
  return findDelimited(text, LIQUID_TAG).map(({ start, end, inner }) => ({ name: TAG_NAME.exec(inner)?.[1] ?? '', start, end }));
}

/**
 * How many readings the text has: the most branches of any conditional, counting the empty branch of
 * one without `{% else %}`. 1 when it has none.
 */
export function branchCount(text: string): number {
  if (!text.includes('{%')) return 1;
  let most = 1;
  const open: { branches: number; hasElse: boolean }[] = [];
  for (const { name } of tagsOf(text)) {
    if (OPENERS.has(name)) open.push({ branches: 1, hasElse: false });
    else if (BRANCHES.has(name) && open.length) {
      const frame = open[open.length - 1];
      frame.branches++;
      frame.hasElse ||= name === 'else';
    } else if (CLOSERS.has(name) && open.length) {
      const frame = open.pop() as { branches: number; hasElse: boolean };
      most = Math.max(most, frame.branches + (frame.hasElse ? 0 : 1));
    }
  }
  return most;
}

/** The text with branch `n` (0-based) of every conditional kept and the others dropped, tags removed. */
export function selectBranch(text: string, n: number): string {
  if (!text.includes('{%')) return text;
  const parts: string[] = [];
  // Per open conditional: whether its enclosing text is kept, and the branch now being read.
  const open: { outerKept: boolean; branch: number }[] = [];
  let kept = true;
  let copiedTo = 0;
  for (const tag of tagsOf(text)) {
    const structural = OPENERS.has(tag.name) || ((BRANCHES.has(tag.name) || CLOSERS.has(tag.name)) && open.length > 0);
    if (!structural) continue;
    if (kept) parts.push(text.slice(copiedTo, tag.start));
    copiedTo = tag.end;
    if (OPENERS.has(tag.name)) {
      open.push({ outerKept: kept, branch: 0 });
      kept = kept && n === 0;
    } else if (BRANCHES.has(tag.name)) {
      const frame = open[open.length - 1];
      frame.branch++;
      kept = frame.outerKept && frame.branch === n;
    } else {
      kept = (open.pop() as { outerKept: boolean }).outerKept;
    }
  }
  if (kept) parts.push(text.slice(copiedTo));
  return parts.join('');
}
