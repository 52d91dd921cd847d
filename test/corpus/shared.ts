import { cpSync } from 'node:fs';
import path from 'node:path';
import { hasShared, shared } from '../shared-dir.js';

export { shared };

if (!hasShared) {
  throw new Error(`The real-corpus checks need the shared folder at ${shared} (set DOCS_LINT_SHARED).`);
}

/** Copies the two seed pages into `root` where a GitHub-docs tree keeps them. */
export function placeSeeds(root: string): void {
  const target = (lang: string): string => path.join(root, 'translations', lang, 'content/rest/reference/actions.md');
  cpSync(path.join(shared, 'seeds/000_2e558e0ce12a3f7f.txt'), target('zh-CN'));
  cpSync(path.join(shared, 'seeds/002_565a479c3282b193.txt'), target('ja-JP'));
}
