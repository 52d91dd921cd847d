import type { Span } from '../model/document.js';
import { replaceCharsAt } from './stand-ins.js';

/**
 * Procedures in GitHub's docs are often lists whose steps are reusables:
 *
 *     {% data reusables.repositories.navigate-to-repo %}
 *     {% data reusables.repositories.sidebar-settings %}
 *
 *         More about the last step, indented under it.
 *
 * Rendered, each reusable is a list item (`1. …`) and the indented paragraph continues the last one. In
 * the Markdown as written the reusables are a paragraph of Liquid, so the indented text after it would be
 * an indented code block, and its prose would be compared as code. This masks the first indentation
 * character of each such paragraph (with the same private-use stand-in that Liquid masking uses, so
 * offsets stay true and values unmask to the original), which makes it a paragraph. Fenced code indented
 * under a step stays as it was.
 */
export function maskReusableStepContinuations(masked: string, original: string, liquidSpans: readonly Span[], spaceMask: string): string {
  if (liquidSpans.length === 0 || !original.includes('reusables.')) return masked;
  const lineStarts: number[] = [];
  let span = 0;
  let afterSteps = false;
  // The paragraph being read: whether every line is Liquid only, and whether one is a reusable.
  let paragraph: { liquidOnly: boolean; reusable: boolean } | null = null;
  let blankBefore = false;
  let fence: string | null = null;
  for (let start = 0; start <= original.length; ) {
    const newline = original.indexOf('\n', start);
    const end = newline < 0 ? original.length : newline;
    const indent = indentWidth(original, start, end);
    const blank = indent.offset === end || (indent.offset === end - 1 && original[end - 1] === '\r');
    if (fence !== null) {
      if (original.startsWith(fence, indent.offset)) fence = null;
    } else if (blank) {
      if (paragraph) afterSteps = paragraph.liquidOnly && paragraph.reusable;
      paragraph = null;
      blankBefore = true;
    } else if (indent.width >= 4 && blankBefore && afterSteps) {
      const marker = /^(`{3,}|~{3,})/.exec(original.slice(indent.offset, indent.offset + 64));
      if (marker) fence = marker[1];
      else lineStarts.push(start);
      blankBefore = false;
    } else if (indent.width >= 4 && afterSteps && !blankBefore) {
      // A further line of the masked paragraph: it continues it.
    } else {
      while (span < liquidSpans.length && liquidSpans[span].end <= start) span++;
      const line = liquidOnly(original, indent.offset, end, liquidSpans, span);
      paragraph = paragraph ?? { liquidOnly: true, reusable: false };
      paragraph.liquidOnly &&= line.liquidOnly;
      paragraph.reusable ||= line.reusable;
      afterSteps = false;
      blankBefore = false;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return replaceCharsAt(masked, lineStarts, (at) => (original[at] === '\t' ? String.fromCharCode(spaceMask.charCodeAt(0) + 1) : spaceMask));
}

/** Where a line's text starts, and its indentation in columns (a tab counts to the next multiple of 4). */
function indentWidth(text: string, start: number, end: number): { offset: number; width: number } {
  let width = 0;
  let at = start;
  for (; at < end && (text[at] === ' ' || text[at] === '\t'); at++) width = text[at] === '\t' ? width + 4 - (width % 4) : width + 1;
  return { offset: at, width };
}

const REUSABLE_TAG = /^\{%-?\s*data\s+reusables\./;

/** Whether a line holds only Liquid tags (`{% … %}`), and whether one of them is a reusable. */
function liquidOnly(text: string, from: number, end: number, spans: readonly Span[], first: number): { liquidOnly: boolean; reusable: boolean } {
  let at = from;
  let reusable = false;
  for (let i = first; i < spans.length && spans[i].start < end; i++) {
    const { start, end: spanEnd } = spans[i];
    if (text.slice(at, start).trim() !== '' || text[start + 1] !== '%') return { liquidOnly: false, reusable };
    reusable ||= REUSABLE_TAG.test(text.slice(start, Math.min(spanEnd, start + 40)));
    at = spanEnd;
  }
  return { liquidOnly: at > from && text.slice(at, end).trim() === '', reusable };
}
