import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SOURCE_LANGUAGE, type FileKind, type Language } from '../model.js';

/** Where a GitHub-docs-style tree keeps its files, relative to the root. */
export interface Layout {
  content: string;
  data: string;
  translations: string;
}

export const DEFAULT_LAYOUT: Layout = { content: 'content', data: 'data', translations: 'translations' };

/** One file of the tree. */
export interface TreeFile {
  /** Path relative to the root, `/`-separated. */
  path: string;
  lang: Language;
  kind: FileKind;
  /** The path the English source has or would have: the key that ties a page's variants together. */
  key: string;
}

/**
 * Classifies a root-relative path: which language it is in, what kind of file it is, and the key of
 * its page. Null for files docs-lint does not read.
 */
export function classify(relative: string, layout: Layout = DEFAULT_LAYOUT): TreeFile | null {
  const parts = relative.split('/');
  let lang = SOURCE_LANGUAGE;
  let rest = parts;
  if (parts[0] === layout.translations) {
    if (parts.length < 3) return null;
    lang = parts[1];
    rest = parts.slice(2);
  }
  const key = rest.join('/');
  const kind = kindOf(key, layout);
  return kind ? { path: relative, lang, kind, key } : null;
}

function kindOf(key: string, layout: Layout): FileKind | null {
  if (key.startsWith(`${layout.content}/`) && key.endsWith('.md')) return 'page';
  if (key.startsWith(`${layout.data}/reusables/`) && key.endsWith('.md')) return 'reusable';
  if (key.startsWith(`${layout.data}/variables/`) && /\.ya?ml$/.test(key) && key.split('/').length === 3) return 'variables';
  return null;
}

export interface DiscoveredTree {
  files: TreeFile[];
  /** Paths that could not be listed (a folder without permission, say), with why. */
  unreadable: { path: string; message: string }[];
}

/** Lists every file docs-lint reads under the root, in a stable order. */
export async function discoverTree(root: string, layout: Layout = DEFAULT_LAYOUT): Promise<DiscoveredTree> {
  const found: DiscoveredTree = { files: [], unreadable: [] };
  const starts = [layout.content, layout.data];
  try {
    const languages = await fs.readdir(path.join(root, layout.translations), { withFileTypes: true });
    for (const entry of languages) {
      if (entry.isDirectory()) starts.push(...[layout.content, layout.data].map((dir) => `${layout.translations}/${entry.name}/${dir}`));
    }
  } catch {
    // No translations folder: a tree of sources only.
  }
  for (const start of starts) await walk(root, start, layout, found);
  found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found;
}

async function walk(root: string, relative: string, layout: Layout, found: DiscoveredTree): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') found.unreadable.push({ path: relative, message: (error as Error).message });
    return;
  }
  for (const entry of entries) {
    const child = `${relative}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, child, layout, found);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const file = classify(child, layout);
      if (file) found.files.push(file);
    }
  }
}
