import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { shared } from './shared.js';

describe('../shared/corpus/github-docs', () => {
  it('lints the whole corpus without an internal error, with pinned counts per rule', async () => {
    const report = await lint({ root: path.join(shared, 'corpus/github-docs'), rules });
    expect(report.internalErrorCount).toBe(0);
    const counts: Record<string, number> = {};
    for (const result of report.results) for (const message of result.messages) counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1;
    expect(report.results).toHaveLength(377);
    expect(counts).toEqual(PINNED);
  });
});

/** Read by hand as described in the closing notes of the core issue and issue 3; update only with a reason. */
const PINNED: Record<string, number> = {
  'code-span-parity': 229,
  'data-reference': 26,
  // Was 56: 22 were `ghec` on one side against the old `free-pro-team` (which covered GHEC) on the other.
  'frontmatter-versions': 34,
  'heading-parity': 6,
  // Translations lagging their source (read by hand): 56 lack `miniTocMaxHeadingLevel` or `topics`, 23 have
  // one the source dropped, 19 have `topics: [api]` for `[API]` (or back), 3 an old `children`: all real, all fixable.
  'frontmatter-parity': 101,
  'link-anchor': 8,
  'link-parity': 84,
  // Was 216 (issue 13/12 precision, the 111 changed findings read): a changed `elsif` is one "differs" finding, not a
  // missing plus an extra branch (3 reusables); missing blocks are placed by the paragraphs around them instead of
  // stacked at one column (ja-JP enterprise-admin.md had 7 at 82:1) or "in the block that starts here" when they
  // belong inside a container block. Each moved finding was checked against the files.
  // 213 -> 162 (issue 12): a version test in the old spelling against `{% ifversion %}` in the same place
  // (`{% if currentVersion == "free-pro-team@latest" %}` / `{% ifversion fpt %}`, `{% if enterpriseServerVersions
  // contains currentVersion %}` / `{% ifversion ghes %}`) is one "differs" finding instead of a missing and an extra
  // block: 52 pairs, 104 findings before. Their contents stay uncompared, as before (comparing them added 115
  // findings in other rules, many from sections the old translations order differently).
  'liquid-block-parity': 162,
  // Was 145: tags inside a Liquid block only one side has are that block's finding, not one per tag (es-ES/pt-BR/ja-JP
  // gated-features/packages.md: 7, 7 and 11), a tag moved into another Liquid block is one finding, and an extra tag of
  // the front matter `intro` is reported there instead of on a body line whose tags equal the source's (es-ES git.md).
  'liquid-tag-parity': 114,
  // Literal `**`/`*`/`_` next to full-width punctuation or inside CJK words (all 36 read: real).
  'markdown-cjk': 36,
  // Was 8: ja-JP `November 13` against zh-CN `11 月 13 日` (a month written as a number) is no longer reported.
  'number-parity': 7,
  'source-rewritten': 46,
  'translation-orphaned': 27,
  'untranslated-reusable': 1,
  // Was 133: four files left in English are now one finding each instead of one per block (es-ES pulls.md 16,
  // ja-JP packages.md 9, pt-BR enterprise-admin.md 53 of 54, the ja-JP reusable deprecating_token_oauth_authorizations.md 6;
  // all read: wholly English). 53 -> 62: seven English sentences of the source left inside es-ES/pt-BR paragraphs
  // (codespaces x2, activity, scim, search, teams, the code-scanning reusable) and the English alt text
  // `code-snippet-highlighting` in ja-JP and pt-BR search.md (all 9 read: real). 62 -> 96: `intro` is checked like
  // `title` (issue 13); 34 translations kept the English intro (all 34 read: whole English sentences).
  'untranslated-text': 96,
  // Stale translated variables: keys added or removed in English, pre-`ifversion` Liquid (about 60 read: real).
  // 172 -> 194: link targets in values are compared (issue 13). 22 values point elsewhere than the English one, all
  // read: stale community/support/lab URLs and moved docs paths (contact.yml, migrations.yml, product.yml), one
  // localized Azure Marketplace URL (ja-jp for en-us) that a team may accept.
  'variables-parity': 194,
};
