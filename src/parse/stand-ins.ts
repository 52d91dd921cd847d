/**
 * `text` with the one character at each offset (ascending) replaced by `standIn(offset)`, a string of the
 * same UTF-16 length: the Markdown pre-passes change what micromark sees and never an offset.
 */
export function replaceCharsAt(text: string, offsets: readonly number[], standIn: (offset: number) => string): string {
  if (offsets.length === 0) return text;
  const parts: string[] = [];
  let position = 0;
  for (const at of offsets) {
    parts.push(text.slice(position, at), standIn(at));
    position = at + 1;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
