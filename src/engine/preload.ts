import { SOURCE_LANGUAGE } from '../model/document.js';
import { MIN_FILES_FOR_WORKERS } from '../parse/pool.js';
import type { Site } from '../model/site.js';
import type { TreeFile } from '../model/layout.js';

/**
 * The files a run over `targets` will read, as far as can be told before parsing: the targets, the
 * source of each (or, for a page without a source, its sibling translations, which it is compared
 * with instead) and, for a large run, the English variables files (headings and references resolve
 * variables). Link targets outside these are parsed when a rule asks for them.
 */
export function filesToPreload(site: Site, targets: readonly TreeFile[]): TreeFile[] {
  const files = new Set<TreeFile>(targets);
  for (const file of targets) {
    const unit = site.units.get(file.key);
    if (!unit) continue;
    if (unit.source) files.add(unit.source);
    else for (const sibling of unit.translations.values()) files.add(sibling);
  }
  // A small run (a pre-commit hook's few files) parses variables files only if something uses them.
  if (files.size >= MIN_FILES_FOR_WORKERS) for (const file of site.files) if (file.kind === 'variables' && file.lang === SOURCE_LANGUAGE) files.add(file);
  return [...files];
}
