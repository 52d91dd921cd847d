import type { Nodes, Parent, Root } from 'mdast';
import type { DelimiterRun, Span } from '../model/document.js';

export interface MarkdownLiterals {
  literalDelimiters: DelimiterRun[];
  html: Span[];
}

/** Blocks whose inline content is parsed for emphasis: a delimiter pairs only inside one of them. */
const INLINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * What the Markdown parser left as it was: emphasis delimiter runs inside text nodes (they did not
 * pair into emphasis) and raw HTML. `masked` is the text the tree was parsed from (offsets are the
 * file's), where Liquid tokens hold no Markdown characters.
 */
export function collectMarkdownLiterals(tree: Root, masked: string): MarkdownLiterals {
  const result: MarkdownLiterals = { literalDelimiters: [], html: [] };
  const visit = (node: Nodes, block: Span | null): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'html') {
      result.html.push({ start, end });
      return;
    }
    if (node.type === 'text' && block) {
      collectRuns(masked, start, end, block, result.literalDelimiters);
      return;
    }
    const inner = INLINE_BLOCKS.has(node.type) ? { start, end } : block;
    if ('children' in node) for (const child of (node as Parent).children) visit(child, inner);
  };
  visit(tree, null);
  return result;
}

/** Unescaped runs of `*` or `_` in the source of one text node. */
function collectRuns(text: string, start: number, end: number, block: Span, into: DelimiterRun[]): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if ((c !== '*' && c !== '_') || isEscaped(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && text[j] === c) j++;
    into.push({ start: i, end: j, block });
    i = j;
  }
}

/** Whether the character at `at` follows an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && text[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 1;
}
