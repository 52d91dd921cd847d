import type { Fix } from './rule.js';
import type { YamlPosition } from '../model/document.js';

/**
 * Fixes that copy YAML from the source into a translation by editing only the spans the `yaml`
 * library's node ranges give (the document model's positions): the rest of the translation's YAML,
 * comments included, keeps its bytes. Each returns undefined where the layout makes an edit uncertain
 * (flow style, nested values over several lines), and the finding is then left for a person.
 */

/** Replaces a one-line scalar value with the source's value as written (`'>=3.10'`, quotes and all). */
export function replaceValue(text: string, own: YamlPosition, sourceText: string, theirs: YamlPosition): Fix | undefined {
  const value = sourceText.slice(theirs.valueStart, theirs.valueEnd);
  if (/[\r\n]/.test(value) || /[\r\n]/.test(text.slice(own.valueStart, own.valueEnd))) return undefined;
  return { range: [own.valueStart, own.valueEnd], text: value };
}

/** Replaces a top-level key and its whole value with the source's (`versions: '*'` for a list of versions). */
export function replaceEntry(text: string, own: YamlPosition, sourceText: string, theirs: YamlPosition): Fix | undefined {
  if (!atLineStart(text, own.keyStart) || !atLineStart(sourceText, theirs.keyStart)) return undefined;
  const end = trimEnd(text, own.keyStart, own.valueEnd);
  let entry = sourceText.slice(theirs.keyStart, trimEnd(sourceText, theirs.keyStart, theirs.valueEnd));
  // The translation's comment after its value stays; the source's on the same line would make two.
  if (/^[ \t]+#/.test(text.slice(end, lineEnd(text, end)))) entry = withoutTrailingComment(entry);
  return { range: [own.keyStart, end], text: entry };
}

/** Text without a `# comment` at the end of its last line (a `#` inside quotes is not one). */
function withoutTrailingComment(text: string): string {
  const lineStart = startOfLine(text, text.length);
  const line = text.slice(lineStart);
  for (let at = line.indexOf(' #'); at >= 0; at = line.indexOf(' #', at + 1)) {
    const before = line.slice(0, at);
    const quotes = (quote: string): number => before.split(quote).length - 1;
    if (quotes("'") % 2 === 0 && quotes('"') % 2 === 0) return text.slice(0, lineStart) + before.trimEnd();
  }
  return text;
}

/**
 * Inserts the source's `key: value` entry into a block mapping of the translation, at the indentation
 * of `sibling` (an entry of that mapping on its own lines), just before or after the sibling. An entry
 * over several lines is copied only at the top level, where its own indentation stays right.
 */
export function insertEntry(text: string, sibling: YamlPosition, where: 'before' | 'after', sourceText: string, theirs: YamlPosition): Fix | undefined {
  const entry = sourceText.slice(theirs.keyStart, trimEnd(sourceText, theirs.keyStart, theirs.valueEnd));
  if (!ownsLines(text, sibling)) return undefined;
  const lineStart = startOfLine(text, sibling.keyStart);
  const indent = text.slice(lineStart, sibling.keyStart);
  if (/[\r\n]/.test(entry) && (indent !== '' || !atLineStart(sourceText, theirs.keyStart))) return undefined;
  const at = where === 'before' ? lineStart : nextLineStart(text, trimEnd(text, sibling.keyStart, sibling.valueEnd));
  if (at === null) return undefined;
  return { range: [at, at], text: `${indent}${entry}\n` };
}

/** Removes an entry of a block mapping: its whole lines, and nothing else. */
export function removeEntry(text: string, own: YamlPosition): Fix | undefined {
  if (!ownsLines(text, own)) return undefined;
  const end = nextLineStart(text, trimEnd(text, own.keyStart, own.valueEnd));
  return end === null ? undefined : { range: [startOfLine(text, own.keyStart), end], text: '' };
}

/**
 * Whether an entry has its lines to itself: only indentation before it, at most a comment after it;
 * over several lines only at the top level (nested, what the lines mean depends on indentation).
 */
function ownsLines(text: string, position: YamlPosition): boolean {
  const end = trimEnd(text, position.keyStart, position.valueEnd);
  const rest = text.slice(end, lineEnd(text, end));
  if (!atLineStart(text, position.keyStart, true) || !/^\s*(?:#.*)?$/.test(rest)) return false;
  return !/[\r\n]/.test(text.slice(position.keyStart, end)) || atLineStart(text, position.keyStart);
}

function atLineStart(text: string, offset: number, indented = false): boolean {
  const before = text.slice(startOfLine(text, offset), offset);
  return indented ? /^ *$/.test(before) : before === '';
}

// Walks to the nearest break only: `lastIndexOf('\r')` in a file without one scanned to its start, once per key.
function startOfLine(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

function lineEnd(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

/** Where the line after the one holding `offset` starts, or null on the last line. */
function nextLineStart(text: string, offset: number): number | null {
  const end = lineEnd(text, offset);
  if (end >= text.length) return null;
  return text.startsWith('\r\n', end) ? end + 2 : end + 1;
}

/** The end of a value without the line breaks and spaces a block value's range takes in. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
