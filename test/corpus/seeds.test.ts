import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { makeTree } from '../helpers.js';
import { placeSeeds, shared } from './shared.js';

const ZH = 'translations/zh-CN/content/rest/reference/actions.md';
const JA = 'translations/ja-JP/content/rest/reference/actions.md';
const EN = 'content/rest/reference/actions.md';

async function lintTree(root: string): Promise<string[]> {
  const report = await lint({ root, rules });
  return report.results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`));
}

describe('the seeds alone (no English source)', () => {
  it('catches every defect the seeds README lists, on the variant that has it', async () => {
    const root = makeTree({ 'translations/.keep': '' });
    placeSeeds(root);
    expect(await lintTree(root)).toEqual([
      `${JA}:1:1 frontmatter-parity`, // lacks zh-CN's `topics: [api]` (a real difference the README does not list; a warning)
      `${JA}:6:1 frontmatter-versions`, // lacks github-ae: '*'
      `${JA}:11:1 liquid-tag-parity`, // first of the missing ae-beta notices
      `${JA}:17:7 liquid-tag-parity`, // after the heading, where zh-CN has it
      `${JA}:25:13 liquid-block-parity`, // the whole version-wrapped permissions section
      `${JA}:27:10 liquid-tag-parity`,
      `${JA}:37:14 liquid-tag-parity`,
      `${JA}:37:14 liquid-tag-parity`, // ae-self-hosted-runners-notice
      `${JA}:43:137 link-anchor`, // #actions against zh-CN's #github-actions
      `${JA}:49:18 liquid-tag-parity`,
      `${JA}:49:18 liquid-tag-parity`, // ae-self-hosted-runners-notice
      `${JA}:55:141 link-anchor`,
      `${JA}:61:10 liquid-tag-parity`,
      `${JA}:71:13 liquid-tag-parity`,
      `${JA}:81:12 liquid-tag-parity`,
      `${ZH}:41:115 link-anchor`,
      `${ZH}:69:118 link-anchor`,
      `${ZH}:84:119 link-anchor`, // ##github-actions
    ]);
  });
});

describe('the seeds with the English source of ../shared/corpus/seed-source', () => {
  it('reports the translated code span on zh-CN and the ## fragment on the English file only', async () => {
    const root = makeTree({ 'translations/.keep': '' });
    placeSeeds(root);
    cpSync(path.join(shared, 'corpus/seed-source/content'), path.join(root, 'content'), { recursive: true });
    cpSync(path.join(shared, 'corpus/seed-source/data'), path.join(root, 'data'), { recursive: true });
    const found = await lintTree(root);
    expect(found).toContain(`${ZH}:54:106 code-span-parity`); // `密码` for `secrets`
    expect(found).toContain(`${EN}:65:197 link-anchor`); // ##github-actions, at its origin
    expect(found.filter((f) => f.startsWith(ZH) && f.endsWith('link-anchor'))).toEqual([]);
    expect(found.filter((f) => f.startsWith(JA) && f.endsWith('frontmatter-versions'))).toEqual([]); // both lack github-ae now
    expect(found).toContain(`${ZH}:9:3 frontmatter-versions`); // zh-CN added github-ae
  });
});
