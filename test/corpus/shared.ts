import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The read-only `shared/` folder beside the checkout (DOCS_LINT_SHARED overrides where it is). */
export const shared = process.env.DOCS_LINT_SHARED ?? path.resolve(repo, '../shared');

if (!existsSync(path.join(shared, 'seeds'))) {
  throw new Error(`The real-corpus checks need the shared folder at ${shared} (set DOCS_LINT_SHARED).`);
}

/** Copies the two seed pages into `root` where a GitHub-docs tree keeps them. */
export function placeSeeds(root: string): void {
  const target = (lang: string): string => path.join(root, 'translations', lang, 'content/rest/reference/actions.md');
  cpSync(path.join(shared, 'seeds/000_2e558e0ce12a3f7f.txt'), target('zh-CN'));
  cpSync(path.join(shared, 'seeds/002_565a479c3282b193.txt'), target('ja-JP'));
}
