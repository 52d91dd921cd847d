import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { YamlModel, YamlPosition } from '../model/document.js';

/** Parses YAML that starts at `offset` in the file, keeping the position of every key. */
export function parseYaml(source: string, offset: number): YamlModel {
  const model: YamlModel = { start: offset, end: offset + source.length, data: undefined, errors: [], positions: {} };
  // yaml's own unique-key check compares each key with every earlier one: a map of n keys costs n².
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: true });
  const errors = [...document.errors.map((error) => ({ message: error.message.split('\n')[0], pos: error.pos })), ...duplicateKeys(document)];
  errors.sort((a, b) => a.pos[0] - b.pos[0]);
  for (const error of errors) {
    // An error at the end of the input may point one past it: keep it inside the text.
    const [start, end] = error.pos.map((at) => Math.min(at, source.length));
    model.errors.push({ message: error.message, start: offset + start, end: offset + Math.max(end, start) });
  }
  if (errors.length > 0) return model;
  try {
    model.data = document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    model.errors.push({ message: error instanceof Error ? error.message : String(error), start: offset, end: offset });
    return model;
  }
  collectPositions(document.contents, '', offset, model.positions);
  return model;
}

/**
 * The keys that repeat an earlier key of their map, where yaml's `uniqueKeys: true` would report them
 * (same message and place), found with one set per map. Scalar keys are equal when their values are
 * (===); other keys only to themselves.
 */
function duplicateKeys(document: Document.Parsed): { message: string; pos: [number, number] }[] {
  const found: { message: string; pos: [number, number] }[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as YamlNode | null;
        const value: unknown = isScalar(key) ? key.value : key;
        if (seen.has(value) && !Number.isNaN(value)) {
          const at = key?.range?.[0] ?? 0;
          found.push({ message: 'Map keys must be unique', pos: [at, at + 1] });
        }
        seen.add(value);
      }
    },
  });
  return found;
}

function collectPositions(node: YamlNode | null, path: string, offset: number, into: Record<string, YamlPosition>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyRange = (pair.key as YamlNode | null)?.range;
      const value = pair.value as YamlNode | null;
      const childPath = path ? `${path}.${key}` : key;
      const keyStart = offset + (keyRange?.[0] ?? 0);
      into[childPath] = {
        keyStart,
        valueStart: value?.range ? offset + value.range[0] : keyStart,
        valueEnd: value?.range ? offset + value.range[1] : keyStart,
      };
      collectPositions(value, childPath, offset, into);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const range = (item as YamlNode | null)?.range;
      if (!range) return;
      const childPath = path ? `${path}.${index}` : String(index);
      into[childPath] = { keyStart: offset + range[0], valueStart: offset + range[0], valueEnd: offset + range[1] };
      collectPositions(item as YamlNode, childPath, offset, into);
    });
  }
}
