import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LintOptions } from './options.js';
import { SOURCE_LANGUAGE } from '../model/document.js';
import { UsageError } from '../results.js';
import type { TreeFile } from '../model/layout.js';

/** The files whose findings are reported: the whole tree, or what the paths and languages select. */
export function selectTargets(files: readonly TreeFile[], root: string, options: LintOptions): TreeFile[] {
  const languages = options.languages?.length ? new Set(options.languages) : null;
  const inLanguage = (file: TreeFile): boolean => !languages || languages.has(file.lang);
  const paths = options.paths ?? [];
  if (paths.length === 0) return options.onlyPaths ? [] : files.filter(inLanguage);
  const selected = new Set<TreeFile>();
  for (const given of paths) {
    const absolute = path.resolve(options.cwd ?? process.cwd(), given);
    if (!existsSync(absolute)) throw new UsageError(`No such file or folder: ${given}`);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    const isDirectory = statSync(absolute).isDirectory();
    // A file that is not part of the docs tree (README.md, as pre-commit passes whatever it matched) is skipped.
    const outside = relative.startsWith('../') || relative === '..' || path.isAbsolute(relative);
    if (outside && !isDirectory) continue;
    if (outside) throw new UsageError(`${given} is outside the root ${root}.`);
    if (isDirectory) {
      const prefix = relative === '' ? '' : `${relative}/`;
      for (const file of files) if (file.path.startsWith(prefix)) selected.add(file);
      continue;
    }
    const file = files.find((candidate) => candidate.path === relative);
    if (!file) continue;
    selected.add(file);
    // A source file stands for all of its translations.
    if (file.lang === SOURCE_LANGUAGE) for (const other of files) if (other.key === file.key) selected.add(other);
  }
  return files.filter((file) => selected.has(file) && inLanguage(file));
}

/** Whether a folder that could not be listed lies where the run looks (the whole tree, or under a path given). */
export function selectsFolder(folder: string, root: string, options: LintOptions): boolean {
  const paths = options.paths ?? [];
  if (paths.length === 0) return true;
  return paths.some((given) => {
    const relative = path.relative(root, path.resolve(options.cwd ?? process.cwd(), given)).split(path.sep).join('/');
    return relative === '' || folder === relative || folder.startsWith(`${relative}/`) || relative.startsWith(`${folder}/`);
  });
}
