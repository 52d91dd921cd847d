import type { Nodes, Parent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockKey, tagKey } from './liquid-keys.js';
import type { LiquidNode, ParsedDocument, Span } from './document.js';

/** A Liquid token of a variable's value, keyed the way parity rules compare tags. */
export interface ValueTag extends Span {
  key: string;
  /** Whether it opens, continues or closes a block (its order matters, unlike a plain tag's). */
  structural: boolean;
  node: LiquidNode | null;
}

/** One key of a variables file (a mapping key or a list item), by dotted path. */
export interface VariableEntry {
  path: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
  /** The value when it is a string; null for groups, lists and other scalars. */
  text: string | null;
  /** The value's Liquid tokens, in order. */
  tags: ValueTag[];
  /** The value's inline code spans, as Markdown reads them. */
  code: string[];
}

const markdown = unified().use(remarkParse);
const cache = new WeakMap<ParsedDocument, Map<string, VariableEntry>>();

/**
 * The keys of a variables file with their values' Liquid and code, computed once per document.
 * Empty when the YAML does not parse (that is parse-error's finding).
 */
export function variableEntries(doc: ParsedDocument): Map<string, VariableEntry> {
  let entries = cache.get(doc);
  if (entries) return entries;
  entries = new Map();
  cache.set(doc, entries);
  if (!doc.yaml || doc.yaml.data === undefined || doc.yaml.errors.length > 0) return entries;
  const tags = flattenLiquid(doc, doc.liquid, []);
  for (const [path, position] of Object.entries(doc.yaml.positions)) {
    const value = valueAt(doc.yaml.data, path);
    const text = typeof value === 'string' ? value : null;
    entries.set(path, {
      path,
      ...position,
      text,
      tags: text === null ? [] : tags.filter((tag) => tag.start >= position.valueStart && tag.start < position.valueEnd),
      code: text === null || !text.includes('`') ? [] : inlineCode(text),
    });
  }
  return entries;
}

/** The dotted path that holds an entry (`''` for a top-level key). */
export function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Every Liquid token of the file in order: plain tags, and a block's opening, branch and end tags. */
function flattenLiquid(doc: ParsedDocument, nodes: readonly LiquidNode[], into: ValueTag[]): ValueTag[] {
  for (const node of nodes) {
    if (node.type !== 'block') {
      into.push({ key: tagKey(node), structural: false, start: node.start, end: node.end, node });
      continue;
    }
    node.branches.forEach((branch, i) => {
      const key = i === 0 ? `{% ${blockKey(node)} %}` : `{% ${blockKey(branch)} %}`;
      into.push({ key, structural: true, start: branch.start, end: branch.bodyStart, node: i === 0 ? node : null });
      flattenLiquid(doc, branch.children, into);
    });
    if (node.close) {
      into.push({ key: `{% ${doc.text.slice(node.close.start + 2, node.close.end - 2).replace(/^-|-$/g, '').trim()} %}`, structural: true, ...node.close, node: null });
    }
  }
  return into;
}

function inlineCode(text: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'inlineCode') found.push(node.value);
    else if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(markdown.parse(text));
  return found;
}
