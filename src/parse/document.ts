import { emptyDocument, type ParsedDocument, type ParseProblem } from '../model/document.js';
import { parseLiquid } from './liquid.js';
import { DEFAULT_VOCABULARY, type LiquidVocabulary } from './liquid-vocabulary.js';
import { parseMarkdown } from './markdown.js';
import { parseYaml } from './yaml.js';

export interface DecodedText {
  text: string;
  hasBom: boolean;
  problems: ParseProblem[];
  /** True when the bytes are not text at all; nothing else is parsed. */
  binary: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/** Decodes UTF-8, dropping a BOM; invalid bytes become a problem at their position, not an exception. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) {
    return { text: '', hasBom: false, binary: true, problems: [{ message: 'This is a binary file, not text; it cannot be checked.', start: 0, end: 0 }] };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), hasBom, binary: false, problems: [] };
  } catch {
    const text = lenientUtf8.decode(body);
    const at = firstInvalidOffset(body);
    return {
      text,
      hasBom,
      binary: false,
      problems: [{ message: 'The file is not valid UTF-8 (the first bad byte is here); save it as UTF-8.', start: Math.max(at, 0), end: Math.max(at, 0) + 1 }],
    };
  }
}

/** The UTF-16 offset, in the decoded text, of the first byte that is not valid UTF-8. */
function firstInvalidOffset(bytes: Uint8Array): number {
  // The longest prefix that decodes (as a stream: a sequence cut at the end is not an error yet).
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(0, low), { stream: true }).length;
}

export interface ParseOptions {
  vocabulary?: LiquidVocabulary;
}

/**
 * Parses one file into the document model. Never throws: whatever cannot be parsed becomes a problem
 * with a position, and the rest of the model is still filled in as far as it can be.
 */
export function parseDocument(path: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedDocument {
  const decoded = decodeText(bytes);
  const doc = emptyDocument(path, decoded.text, decoded.problems);
  doc.hasBom = decoded.hasBom;
  if (decoded.binary) return doc;
  const text = decoded.text;
  const step = <T>(what: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      doc.problems.push({ message: `Could not ${what}: ${error instanceof Error ? error.message : String(error)}`, start: 0, end: 0 });
      return undefined;
    }
  };
  const liquid = step('read the Liquid', () => parseLiquid(text, options.vocabulary ?? DEFAULT_VOCABULARY));
  if (liquid) {
    doc.liquid = liquid.nodes;
    doc.liquidProblems = liquid.problems;
  }
  if (path.endsWith('.yml') || path.endsWith('.yaml')) {
    doc.yaml = step('read the YAML', () => parseYaml(text, 0)) ?? null;
    return doc;
  }
  const markdown = step('read the Markdown', () => parseMarkdown(text, liquid?.tokenSpans ?? []));
  if (markdown) {
    doc.headings = markdown.headings;
    doc.links = markdown.links;
    doc.code = markdown.code;
    doc.anchors = markdown.anchors;
    doc.blocks = markdown.blocks;
    doc.literalDelimiters = markdown.literalDelimiters;
    doc.html = markdown.html;
    if (markdown.frontMatter) {
      const { start, end } = markdown.frontMatter;
      const bodyStart = text.indexOf('\n', start) + 1;
      const closing = text.lastIndexOf('---', end);
      const source = text.slice(bodyStart, Math.max(bodyStart, closing));
      doc.yaml = step('read the front matter', () => parseYaml(source, bodyStart)) ?? null;
      if (doc.yaml) {
        doc.yaml.start = start;
        doc.yaml.end = end;
      }
    }
  }
  return doc;
}

/**
 * The data of a Markdown file's front matter, read without parsing the Markdown (a fraction of the
 * cost): what a question about every page's front matter (`redirect_from`) needs. Undefined when the
 * file has none or it is not valid YAML; the full parse reports that.
 */
export function readFrontMatterData(bytes: Uint8Array): unknown {
  const { text, binary } = decodeText(bytes);
  if (binary) return undefined;
  const source = frontMatterSource(text);
  if (source === null) return undefined;
  const model = parseYaml(source, 0);
  return model.errors.length > 0 ? undefined : model.data;
}

/** The YAML between a `---` first line and the next `---` line, as remark-frontmatter finds it; null when there is none. */
function frontMatterSource(text: string): string | null {
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') return null;
  const start = nextLine(text, firstEnd);
  for (let at = start; at < text.length; at = nextLine(text, lineEnd(text, at))) {
    const end = lineEnd(text, at);
    if (text.slice(at, end).trimEnd() === '---') return text.slice(start, at);
  }
  return null;
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  const end = at < 0 ? text.length : at;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, end: number): number {
  return text[end] === '\r' ? end + 2 : end + 1;
}
