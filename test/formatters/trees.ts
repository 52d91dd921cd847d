import { rules } from '../../rules/index.js';
import { internalErrorRule, lint, type LintResult } from '../../src/engine/lint.js';
import { makeTree, page } from '../helpers.js';

/** Every rule's metadata as the CLI hands it to the formatters. */
export const ruleMetas = [...rules.map((rule) => rule.meta), internalErrorRule.meta];

/** Lints a temporary tree with every rule and returns its results. */
export async function lintFiles(files: Record<string, string>): Promise<LintResult[]> {
  return (await lint({ root: makeTree(files), rules })).results;
}

/** A source with code spans and a reusable; `translation` is the ja-JP page's body. */
export function treeWith(translation: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content/a.md': page('Use `secrets` here.\n\n{% data reusables.x.y %}\n\nAnd `token` there. Also `secrets` again.\n'),
    'data/reusables/x/y.md': 'A reusable sentence written in English.\n',
    'translations/ja-JP/content/a.md': page(translation),
    'translations/ja-JP/data/reusables/x/y.md': '英語で書かれた再利用可能な文章です。\n',
    ...extra,
  };
}

/** The ja-JP page above with three code-span-parity errors and a missing `{% data %}` tag. */
export const translatedWithDefects = 'ここで `機密` を使う。\n\nそして `トークン` と `機密` も。\n';
