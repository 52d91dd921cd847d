import type { Fix } from './rule.js';
import type { YamlPosition } from '../model/document.js';
/**
 * Fixes that copy YAML from the source into a translation by editing only the spans the `yaml`
 * library's node ranges give (the document model's positions): the rest of the translation's YAML,
 * comments included, keeps its bytes. Each returns undefined where the layout makes an edit uncertain
 * (flow style, nested values over several lines), and the finding is then left for a person.
 */
/** Replaces a one-line scalar value with the source's value as written (`'>=3.10'`, quotes and all). */
export declare function replaceValue(text: string, own: YamlPosition, sourceText: string, theirs: YamlPosition): Fix | undefined;
/** Replaces a top-level key and its whole value with the source's (`versions: '*'` for a list of versions). */
export declare function replaceEntry(text: string, own: YamlPosition, sourceText: string, theirs: YamlPosition): Fix | undefined;
/**
 * Inserts the source's `key: value` entry into a block mapping of the translation, at the indentation
 * of `sibling` (an entry of that mapping on its own lines), just before or after the sibling. An entry
 * over several lines is copied only at the top level, where its own indentation stays right.
 */
export declare function insertEntry(text: string, sibling: YamlPosition, where: 'before' | 'after', sourceText: string, theirs: YamlPosition): Fix | undefined;
/** Removes an entry of a block mapping: its whole lines, and nothing else. */
export declare function removeEntry(text: string, own: YamlPosition): Fix | undefined;
