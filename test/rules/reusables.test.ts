import { describe, expect, it } from 'vitest';
import { findings, page, type Found } from '../helpers.js';

/** A translated reusable is checked against its English reusable with the same rules as a page. */
const EN_BODY = 'Intro `npm test`.\n\n{% ifversion ghes %}\nEnterprise only.\n{% endif %}\n\nSee [the target](/target#right-heading).\n';
const ZH_BODY = '介绍 `npm 测试`。\n\n参见[目标](/target#wrong-heading)。\n';
const TARGET = { 'content/target.md': page('## Right heading\n') };
const PARITY_RULES = new Set(['liquid-block-parity', 'code-span-parity', 'link-anchor']);

/** A page whose body starts right after its front matter, on line 6. */
const withFrontMatter = (body: string): string => `---\ntitle: Intro\nversions:\n  fpt: '*'\n---\n${body}`;

const rows = (found: Found[], file: string, lineOffset: number): string[] =>
  found.filter((f) => f.file === file && PARITY_RULES.has(f.ruleId)).map((f) => `${f.line - lineOffset}:${f.column} ${f.ruleId} ${f.message}`);

describe('reusables are compared with their English reusable like pages', () => {
  it('reports a dropped Liquid block, a changed code span and a broken link fragment in a reusable', async () => {
    const reusable = 'translations/zh-CN/data/reusables/actions/intro.md';
    const found = await findings({ ...TARGET, 'data/reusables/actions/intro.md': EN_BODY, [reusable]: ZH_BODY });
    expect(rows(found, reusable, 0)).toEqual([
      '1:4 code-span-parity Code span `npm 测试` differs from `npm test` in the source at line 1; code is not translated.',
      // After the first paragraph (where the source has the block), no longer at the file's start.
      '1:13 liquid-block-parity The block `{% ifversion ghes %}` (3 lines) is missing after this point (present in the source at line 3).',
      '3:15 link-anchor `#wrong-heading` matches no heading in content/target.md; the source links to `#right-heading`.',
    ]);
  });

  it('gives a reusable the findings a page with the same body gets', async () => {
    const reusable = 'translations/zh-CN/data/reusables/actions/intro.md';
    const translatedPage = 'translations/zh-CN/content/intro.md';
    const found = await findings({
      ...TARGET,
      'data/reusables/actions/intro.md': EN_BODY,
      [reusable]: ZH_BODY,
      'content/intro.md': withFrontMatter(EN_BODY),
      [translatedPage]: withFrontMatter(ZH_BODY),
    });
    const fromReusable = rows(found, reusable, 0);
    expect(fromReusable).toHaveLength(3);
    expect(rows(found, translatedPage, 5).map((row) => row.replace(/ at line \d+/, ''))).toEqual(fromReusable.map((row) => row.replace(/ at line \d+/, '')));
  });
});
