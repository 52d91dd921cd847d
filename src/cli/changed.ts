import { execFile } from 'node:child_process';
import { existsSync, promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../results.js';
import { SOURCE_LANGUAGE } from '../model/document.js';
import { parseLiquid, walkLiquid } from '../parse/liquid.js';
import { Site } from '../model/site.js';
import { classify, DEFAULT_LAYOUT, discoverTree, type Layout, type TreeFile } from '../model/layout.js';

const run = promisify(execFile);

/** What changed: since a commit (to the work tree, untracked files included), or in the index. */
export type ChangeSet = { since: string } | { staged: true };

/**
 * The files to lint for a change set, as absolute paths: the changed pages, reusables and variables
 * files (an English one stands for its translations, as a path given to `lint` does), and the pages
 * and reusables that use a changed reusable or variables file. Deleted files are left out.
 */
export async function changedPaths(root: string, changes: ChangeSet, layout: Layout = DEFAULT_LAYOUT): Promise<string[]> {
  const absoluteRoot = path.resolve(root);
  const toplevel = await gitToplevel(absoluteRoot);
  const names = 'since' in changes ? await changedSince(toplevel, changes.since) : await git(toplevel, ['diff', '--cached', '--name-only', '-z', '--diff-filter=d']);
  const realRoot = realpathSync(absoluteRoot);
  const changed: TreeFile[] = [];
  for (const name of names) {
    const relative = path.relative(realRoot, path.join(toplevel, name)).split(path.sep).join('/');
    if (relative.startsWith('../') || path.isAbsolute(relative)) continue;
    const file = classify(relative, layout);
    if (file && existsSync(path.join(absoluteRoot, relative))) changed.push(file);
  }
  const selected = new Set(changed.map((file) => file.path));
  if (changed.some((file) => file.kind !== 'page')) for (const user of await dataUsers(absoluteRoot, changed, layout)) selected.add(user);
  return [...selected].sort().map((relative) => path.join(absoluteRoot, relative));
}

async function gitToplevel(root: string): Promise<string> {
  try {
    return (await run('git', ['rev-parse', '--show-toplevel'], { cwd: root })).stdout.trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('git is not installed (or not on PATH); --changed-since and --staged need it.');
    throw new UsageError(`${root} is not in a git repository; --changed-since and --staged need one.`);
  }
}

async function changedSince(toplevel: string, ref: string): Promise<string[]> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: toplevel });
  } catch {
    throw new UsageError(`--changed-since: "${ref}" is not a commit of the repository at ${toplevel}.`);
  }
  const [tracked, untracked] = await Promise.all([
    git(toplevel, ['diff', '--name-only', '-z', '--diff-filter=d', '--end-of-options', ref, '--']),
    git(toplevel, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  return [...tracked, ...untracked];
}

/** Runs git in the repository's top level (so that every name it prints is relative to it) and splits its `-z` output. */
async function git(toplevel: string, args: string[]): Promise<string[]> {
  const { stdout } = await run('git', args, { cwd: toplevel, maxBuffer: 256 * 1024 * 1024 });
  return stdout.split('\0').filter(Boolean);
}

/**
 * The pages and reusables that use a changed reusable or variables file (also through other
 * reusables): an English file's users in every language, a translation's users in its language. Files
 * are searched for the reference's text first; only those that have it are tokenized.
 */
async function dataUsers(root: string, changed: readonly TreeFile[], layout: Layout): Promise<string[]> {
  const { files } = await discoverTree(root, layout);
  const candidates = files.filter((file) => file.kind === 'page' || file.kind === 'reusable');
  const texts = new Map<string, string>();
  const textOf = async (file: TreeFile): Promise<string> => {
    let text = texts.get(file.path);
    if (text === undefined) {
      text = await fs.readFile(path.join(root, file.path), 'utf8').catch(() => '');
      texts.set(file.path, text);
    }
    return text;
  };
  const users = new Set<string>();
  const queue = changed.filter((file) => file.kind !== 'page');
  const seen = new Set(queue.map((file) => file.path));
  while (queue.length > 0) {
    const data = queue.shift() as TreeFile;
    const reference = referenceOf(data, layout);
    for (const candidate of candidates) {
      if (data.lang !== SOURCE_LANGUAGE && candidate.lang !== data.lang) continue;
      const text = await textOf(candidate);
      if (!text.includes(reference.needle) || !usesData(text, reference)) continue;
      users.add(candidate.path);
      if (candidate.kind === 'reusable' && !seen.has(candidate.path)) {
        seen.add(candidate.path);
        queue.push(candidate);
      }
    }
  }
  return [...users];
}

interface DataReference {
  kind: 'reusables' | 'variables';
  /** The reusable's name (`a.b`), or the variables file's name (`product`). */
  name: string;
  /** Text every use contains. */
  needle: string;
}

function referenceOf(file: TreeFile, layout: Layout): DataReference {
  const inData = file.key.slice(layout.data.length + 1);
  if (file.kind === 'reusable') {
    const name = inData.slice('reusables/'.length).replace(/\.md$/, '').split('/').join('.');
    return { kind: 'reusables', name, needle: `reusables.${name}` };
  }
  const name = inData.slice('variables/'.length).replace(/\.ya?ml$/, '');
  return { kind: 'variables', name, needle: `variables.${name}.` };
}

/** Whether a text's Liquid (`{% data x %}`, `{{ site.data.x }}`) uses the reusable or a variable of the file. */
function usesData(text: string, reference: DataReference): boolean {
  for (const node of walkLiquid(parseLiquid(text).nodes)) {
    const argument = node.type === 'output' ? node.expression : node.type === 'tag' ? node.args.split(/\s+/)[0] : '';
    const used = Site.parseDataReference(argument);
    if (!used || used.kind !== reference.kind) continue;
    if (reference.kind === 'reusables' ? used.name === reference.name : used.name.startsWith(`${reference.name}.`)) return true;
  }
  return false;
}
