/**
 * Finds what `open.*?close|open2.*?close2|…` (global) would match, in one pass. The regex retries its
 * lazy scan from every opener, so a line of openers without a closer costs its length squared; here
 * each "next closer after p" search starts where the previous one ended.
 */
export interface Delimiter {
  /** A global regex for the opening delimiter. */
  open: RegExp;
  /** A global regex for the closing delimiter; the match ends at the first one after the opener. */
  close: RegExp;
  /** Whether a line break may come between them (the `s` flag). */
  multiline: boolean;
}

export interface DelimitedMatch {
  start: number;
  end: number;
  /** The index in the delimiters given. */
  kind: number;
  /** Between the delimiters. */
  inner: string;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** "Where does `pattern` next match, at or after p?", for p that only grow: linear over all calls. */
function nextMatcher(text: string, pattern: RegExp): (from: number) => { index: number; length: number } | null {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let found: { index: number; length: number } | null = null;
  let searched = -1;
  return (from) => {
    if (searched >= 0 && from >= searched && (found === null || found.index >= from)) return found;
    re.lastIndex = from;
    const match = re.exec(text);
    found = match ? { index: match.index, length: match[0].length } : null;
    searched = from;
    return found;
  };
}

export function findDelimited(text: string, delimiters: readonly Delimiter[]): DelimitedMatch[] {
  const opens = delimiters.map((d) => nextMatcher(text, d.open));
  const closes = delimiters.map((d) => nextMatcher(text, d.close));
  const nextBreak = nextMatcher(text, LINE_BREAK);
  const matches: DelimitedMatch[] = [];
  let position = 0;
  while (position < text.length) {
    let candidate = Infinity;
    for (const open of opens) candidate = Math.min(candidate, open(position)?.index ?? Infinity);
    if (candidate === Infinity) break;
    let matched = false;
    for (let kind = 0; kind < delimiters.length && !matched; kind++) {
      const open = opens[kind](candidate);
      if (!open || open.index !== candidate) continue;
      const innerStart = candidate + open.length;
      const close = closes[kind](innerStart);
      if (!close) continue;
      if (!delimiters[kind].multiline) {
        const lineBreak = nextBreak(innerStart);
        if (lineBreak && lineBreak.index < close.index) continue;
      }
      matches.push({ start: candidate, end: close.index + close.length, kind, inner: text.slice(innerStart, close.index) });
      position = close.index + close.length;
      matched = true;
    }
    if (!matched) position = candidate + 1;
  }
  return matches;
}

/** `text` with each match replaced. */
export function replaceDelimited(text: string, delimiters: readonly Delimiter[], replace: (match: DelimitedMatch) => string): string {
  const parts: string[] = [];
  let position = 0;
  for (const match of findDelimited(text, delimiters)) {
    parts.push(text.slice(position, match.start), replace(match));
    position = match.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** `{%…%}` and `{{…}}`, on one line or across lines. */
export const liquidDelimiters = (multiline: boolean): Delimiter[] => [
  { open: /\{%/g, close: /%\}/g, multiline },
  { open: /\{\{/g, close: /\}\}/g, multiline },
];
