/**
 * Everything a rule may use, in one place: rules import this module only (ESLint enforces it), so the
 * engine, the parsers and the report can change without touching a rule.
 */
export { joinAnd, quote, quotePair, reportDifferences } from './differences.js';
export { insertEntry, removeEntry, replaceEntry, replaceValue } from './yaml-edit.js';
export { blockNoun, compareBlockItems, itemDifferences, placeBlock, placeByBlock } from './block-items.js';
export { alignOutlines, anchorsOf } from '../align/document.js';
export { alignDocuments, blockKey, deepBlockKey, normalizeArgs, tagKey, unmatchedBlockSpans, within } from '../align/liquid.js';
export { alignByKey, countBelow, diffSequences, neighbours, placeMissing, placeWords } from '../align/sequence.js';
export { findDelimited, liquidDelimiters, replaceDelimited } from '../model/delimited.js';
export { bodyStart, locate, SOURCE_LANGUAGE } from '../model/document.js';
export { frontMatterSchema } from '../model/frontmatter-schema.js';
export { blockFinder, outlineOf, proseOf } from '../model/outline.js';
export { Site } from '../model/site.js';
export { describeChanges } from '../model/source-changes.js';
export { SpanSet } from '../model/span-set.js';
export { structuralOverlap } from '../model/structure.js';
export { parentPath, variableEntries } from '../model/variables.js';
export { parseDocument } from '../parse/document.js';
export { walkLiquid } from '../parse/liquid.js';
