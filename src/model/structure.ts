import { tagKey, blockKey } from './liquid-keys.js';
import type { ParsedDocument } from './document.js';
import { walkLiquid } from './liquid-walk.js';

/**
 * What in a page survives translation: Liquid tags and blocks, link targets, code, the heading
 * outline. Two variants of one page share most of it; a rewritten source shares little.
 */
export function structureKeys(doc: ParsedDocument): string[] {
  // A source is compared with each of its translations: work its keys out once.
  const cached = keysOf.get(doc);
  if (cached) return cached;
  const keys: string[] = [];
  for (const node of walkLiquid(doc.liquid)) keys.push(node.type === 'block' ? `block ${blockKey(node)}` : tagKey(node));
  for (const link of doc.links) keys.push(`link ${link.url.split('#')[0]}`);
  for (const code of doc.code) keys.push(`code ${code.value}`);
  for (const heading of doc.headings) keys.push(`h${heading.depth}`);
  keysOf.set(doc, keys);
  return keys;
}
const keysOf = new WeakMap<ParsedDocument, string[]>();

/** How many structure keys two documents share (as multisets), and the size of the larger. */
export function structuralOverlap(a: ParsedDocument, b: ParsedDocument): { shared: number; larger: number } {
  const counts = new Map<string, number>();
  const keysA = structureKeys(a);
  const keysB = structureKeys(b);
  for (const key of keysA) counts.set(key, (counts.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of keysB) {
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(key, left - 1);
    }
  }
  return { shared, larger: Math.max(keysA.length, keysB.length) };
}
