import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_LANGUAGE } from './document.js';
export const DEFAULT_LAYOUT = { content: 'content', data: 'data', translations: 'translations' };
/**
 * Classifies a root-relative path: which language it is in, what kind of file it is, and the key of
 * its page. Null for files docs-lint does not read.
 */
export function classify(relative, layout = DEFAULT_LAYOUT) {
    const parts = relative.split('/');
    let lang = SOURCE_LANGUAGE;
    let rest = parts;
    if (parts[0] === layout.translations) {
        if (parts.length < 3)
            return null;
        lang = parts[1];
        rest = parts.slice(2);
    }
    const key = rest.join('/');
    const kind = kindOf(key, layout);
    return kind ? { path: relative, lang, kind, key } : null;
}
function kindOf(key, layout) {
    if (key.startsWith(`${layout.content}/`) && key.endsWith('.md'))
        return 'page';
    if (key.startsWith(`${layout.data}/reusables/`) && key.endsWith('.md'))
        return 'reusable';
    if (key.startsWith(`${layout.data}/variables/`) && /\.ya?ml$/.test(key) && key.split('/').length === 3)
        return 'variables';
    return null;
}
/** Lists every file docs-lint reads under the root, in a stable order. */
export async function discoverTree(root, layout = DEFAULT_LAYOUT) {
    const found = { files: [], unreadable: [] };
    const starts = [layout.content, layout.data];
    try {
        const languages = await fs.readdir(path.join(root, layout.translations), { withFileTypes: true });
        for (const entry of languages) {
            if (entry.isDirectory())
                starts.push(...[layout.content, layout.data].map((dir) => `${layout.translations}/${entry.name}/${dir}`));
        }
    }
    catch {
        // No translations folder: a tree of sources only.
    }
    const realRoot = realpathSync(root);
    for (const start of starts)
        await walk(root, realRoot, start, layout, found);
    found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return found;
}
/** Whether `absolute` (a real path, links resolved) is `realRoot` or inside it. */
export function isInside(realRoot, absolute) {
    const relative = path.relative(realRoot, absolute);
    return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
export const OUTSIDE_ROOT_MESSAGE = 'This is a symbolic link to something outside the docs tree; docs-lint does not follow it.';
/** Why a symbolic link in the tree is not read (it leads out of the root, or to nothing), or null. */
function linkProblem(realRoot, absolute) {
    try {
        return isInside(realRoot, realpathSync(absolute)) ? null : OUTSIDE_ROOT_MESSAGE;
    }
    catch {
        return 'This is a symbolic link to something that does not exist; it cannot be checked.';
    }
}
async function walk(root, realRoot, relative, layout, found) {
    const absolute = path.join(root, relative);
    let entries;
    try {
        // A folder such as `content` may itself be a link: never list what lies outside the root.
        const real = await fs.realpath(absolute);
        if (!isInside(realRoot, real)) {
            found.unreadable.push({ path: relative, message: `${relative} is a symbolic link to a folder outside the docs tree; docs-lint does not follow it.` });
            return;
        }
        entries = await fs.readdir(real, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            found.unreadable.push({ path: relative, message: `The folder ${relative} cannot be read (${describeCode(error)}); the files in it were not checked.` });
        return;
    }
    for (const entry of entries) {
        const child = `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
            // A folder named like a page (`x.md`) is listed too: reading it says it is a folder.
            const file = classify(child, layout);
            if (file)
                found.files.push(file);
            await walk(root, realRoot, child, layout, found);
        }
        else if (entry.isFile() || entry.isSymbolicLink()) {
            const file = classify(child, layout);
            if (!file) {
                // A linked folder is never walked (no loops); one that leads out of the tree is said to.
                if (entry.isSymbolicLink() && linkProblem(realRoot, path.join(root, child)) === OUTSIDE_ROOT_MESSAGE) {
                    found.unreadable.push({ path: child, message: `${child} is a symbolic link to something outside the docs tree; docs-lint does not follow it.` });
                }
                continue;
            }
            // Links are read only when they resolve inside the root; links to folders are never walked (no loops).
            const problem = entry.isSymbolicLink() ? linkProblem(realRoot, path.join(root, child)) : null;
            if (problem)
                file.refused = problem;
            found.files.push(file);
        }
    }
}
function describeCode(error) {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return error.message;
}
