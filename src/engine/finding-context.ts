import type { ParsedDocument } from '../model/document.js';
import { locate } from '../model/document.js';

/**
 * The text a finding sits in, which identifies it without a line number: baselines and SARIF
 * fingerprints key on it, so that edits elsewhere in the file (which move lines) leave it unchanged.
 */
export interface FindingContext {
  /** The finding's line, trimmed: at most CONTEXT_RADIUS code units either side of its column. */
  line: string;
  /** The flagged text, at most SPAN_LIMIT code units (empty for a point), with LF line breaks. */
  span: string;
}

const CONTEXT_RADIUS = 60;
const SPAN_LIMIT = 120;

export function findingContext(doc: Pick<ParsedDocument, 'text' | 'lineStarts'>, start: number, end: number): FindingContext {
  const { line } = locate(doc, start);
  const lineStart = doc.lineStarts[line - 1];
  const lineEnd = line < doc.lineStarts.length ? doc.lineStarts[line] : doc.text.length;
  const lineText = doc.text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
  const column = start - lineStart;
  const around = lineText.slice(Math.max(0, column - CONTEXT_RADIUS), column + CONTEXT_RADIUS);
  // Line breaks as LF, so that converting a file's line endings keeps its baseline.
  const span = doc.text.slice(start, Math.min(Math.max(end, start), start + SPAN_LIMIT)).replace(/\r\n?/g, '\n');
  return { line: around.trim(), span };
}
