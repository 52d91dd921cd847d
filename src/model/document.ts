/**
 * The document model: what one parse of one file yields. Every position is a UTF-16 offset into
 * `ParsedDocument.text` (the file's text after a BOM is removed); `locate()` turns it into a
 * 1-based line and column. The model is plain data (no class instances, no functions) so that it can be
 * built in a worker thread, sent by structured clone and cached by content hash.
 */

/** `en` for the source language; otherwise the folder name under `translations/`. */
export type Language = string;
export const SOURCE_LANGUAGE: Language = 'en';

export type FileKind = 'page' | 'reusable' | 'variables';

export interface Span {
  start: number;
  end: number;
}

/** A plain tag such as `{% data reusables.x %}` or `{% include rest_operation %}`. */
export interface LiquidTag extends Span {
  type: 'tag';
  name: string;
  args: string;
}

/** An output such as `{{ site.data.variables.product.prodname_dotcom }}`. */
export interface LiquidOutput extends Span {
  type: 'output';
  expression: string;
}

/** One arm of a block: the opening tag's own body, or an `elsif`/`else`/`when` arm. */
export interface LiquidBranch extends Span {
  /** The tag that opens the arm: the block name for the first arm, else `elsif`, `else`, `when`. */
  name: string;
  args: string;
  /** Where the arm's tag ends and its body begins. */
  bodyStart: number;
  children: LiquidNode[];
}

/** A block such as `{% if %}…{% endif %}`; `start`/`end` cover the opening tag to the end tag. */
export interface LiquidBlock extends Span {
  type: 'block';
  name: string;
  args: string;
  /** The end of the opening tag. */
  openEnd: number;
  /** The end tag, or null when the block is never closed. */
  close: Span | null;
  branches: LiquidBranch[];
}

export type LiquidNode = LiquidTag | LiquidOutput | LiquidBlock;

export type LiquidProblemKind =
  | 'unclosed-tag'
  | 'unclosed-output'
  | 'empty-tag'
  | 'unknown-tag'
  | 'unclosed-block'
  | 'stray-end'
  | 'mismatched-end'
  | 'branch-outside-block'
  | 'fullwidth-delimiter';

export interface LiquidProblem extends Span {
  kind: LiquidProblemKind;
  /** The tag name involved (the unknown name, the stray end tag, the unclosed block). */
  name: string;
  args: string;
  /** For mismatched ends: the block that was open. */
  expected?: string;
}

export interface Heading extends Span {
  depth: number;
  /** The heading's text with Liquid kept as written (slugs are computed with variables resolved). */
  text: string;
}

export interface Link extends Span {
  kind: 'link' | 'image' | 'definition';
  url: string;
  /** Where the URL starts in the text, when it is written literally (for precise positions). */
  urlStart: number | null;
}

export interface Code extends Span {
  kind: 'inline' | 'block';
  value: string;
  lang: string | null;
}

/**
 * One leaf block of the Markdown outline: what a translator translates as a unit (a heading, a
 * paragraph, a table cell) or must leave alone (a code block, HTML). Paragraphs inside list items and
 * block quotes are blocks of their own.
 */
export interface OutlineBlock extends Span {
  kind: 'heading' | 'paragraph' | 'tableCell' | 'code' | 'html' | 'definition';
  /** 1–6 for headings, 0 otherwise. */
  depth: number;
}

/** An explicit HTML anchor (`<a name="x">`, `id="x"`) that a fragment may point at. */
export interface Anchor extends Span {
  id: string;
}

export interface YamlPosition {
  /** Offset of the key, or of the item for list entries. */
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

export interface YamlError extends Span {
  message: string;
}

/** A YAML mapping with positions: the front matter block of a page, or a variables file. */
export interface YamlModel extends Span {
  /** The parsed value, or undefined when the YAML does not parse. */
  data: unknown;
  errors: YamlError[];
  /** Positions by dotted key path (`versions.github-ae`, `redirect_from.0`). */
  positions: Record<string, YamlPosition>;
}

/** An emphasis delimiter run (`*`, `**`, `_`, `__`) that the Markdown parser left as literal text. */
export interface DelimiterRun extends Span {
  /** The paragraph, heading or table cell the run is in. */
  block: Span;
}

/** A problem that keeps a file from being read or parsed as a whole. */
export interface ParseProblem extends Span {
  message: string;
}

export interface ParsedDocument {
  /** Path relative to the root, with `/` separators. */
  path: string;
  text: string;
  /** Offsets at which each line starts. */
  lineStarts: number[];
  hasBom: boolean;
  /** Front matter of a Markdown file, or the whole document of a YAML file. */
  yaml: YamlModel | null;
  liquid: LiquidNode[];
  liquidProblems: LiquidProblem[];
  headings: Heading[];
  links: Link[];
  code: Code[];
  anchors: Anchor[];
  /** The Markdown block outline, in document order. */
  blocks: OutlineBlock[];
  problems: ParseProblem[];
  /** Markdown files: emphasis delimiter runs left as literal text (what `markdown-cjk` explains). */
  literalDelimiters?: DelimiterRun[];
  /** Markdown files: raw HTML (blocks and inline tags), which Markdown-level checks skip. */
  html?: Span[];
}

/** Where the body of a file starts: after its front matter (and the line break that ends it). */
export function bodyStart(doc: Pick<ParsedDocument, 'yaml' | 'text' | 'path'>): number {
  if (!doc.yaml || doc.path.endsWith('.yml') || doc.path.endsWith('.yaml')) return 0;
  const end = doc.yaml.end;
  return doc.text.startsWith('\r\n', end) ? end + 2 : doc.text.startsWith('\n', end) || doc.text.startsWith('\r', end) ? end + 1 : end;
}

/** A file that could not be read at all (binary, unreadable, a folder): it has its parse error and nothing else. */
export function isUnreadable(doc: Pick<ParsedDocument, 'text' | 'problems'>): boolean {
  return doc.text === '' && doc.problems.length > 0;
}

/** A document with nothing parsed yet: the start of every parse, and all there is of an unreadable file. */
export function emptyDocument(path: string, text: string, problems: ParseProblem[]): ParsedDocument {
  return {
    path,
    text,
    lineStarts: computeLineStarts(text),
    hasBom: false,
    yaml: null,
    liquid: [],
    liquidProblems: [],
    headings: [],
    links: [],
    code: [],
    anchors: [],
    blocks: [],
    problems,
  };
}

export interface Location {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 code units, like ESLint) of an offset. */
export function locate(doc: Pick<ParsedDocument, 'lineStarts'>, offset: number): Location {
  const starts = doc.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
