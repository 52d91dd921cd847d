import { describe, expect, it } from 'vitest';
import { findings, where } from '../helpers.js';

const RULE = 'frontmatter-versions';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';

/** A page whose front matter has `title` and then `versions:` with these entries (one per line, from line 4). */
const withVersions = (title: string, entries: string[]): string => `---\ntitle: ${title}\nversions:\n${entries.map((e) => `  ${e}\n`).join('')}---\n\nText.\n`;

const SOURCE = withVersions('A', ["fpt: '*'", "ghes: '>=3.0'", "github-ae: '*'"]);

describe('frontmatter-versions', () => {
  it('accepts the same versions, in another order', async () => {
    const zh = withVersions('甲', ["github-ae: '*'", "fpt: '*'", "ghes: '>=3.0'"]);
    expect(await findings({ [EN]: SOURCE, [ZH]: zh }, RULE)).toEqual([]);
  });

  it('accepts a range written with other spacing (`>= 3.0` is `>=3.0`)', async () => {
    const zh = withVersions('甲', ["fpt: '*'", "ghes: '>= 3.0'", "github-ae: '*'"]);
    expect(await findings({ [EN]: SOURCE, [ZH]: zh }, RULE)).toEqual([]);
  });

  it('accepts the old long version names for the short ones (`free-pro-team` is `fpt`)', async () => {
    const zh = withVersions('甲', ["free-pro-team: '*'", "enterprise-server: '>=3.0'", "ghae: '*'"]);
    expect(await findings({ [EN]: SOURCE, [ZH]: zh }, RULE)).toEqual([]);
  });

  it('does not compare `ghec` with a side in the old names, where `free-pro-team` also covered it', async () => {
    const en = withVersions('A', ["free-pro-team: '*'", "enterprise-server: '*'"]);
    const zh = withVersions('甲', ["fpt: '*'", "ghes: '*'", "ghec: '*'"]);
    expect(await findings({ [EN]: en, [ZH]: zh }, RULE)).toEqual([]);
    expect(await findings({ [EN]: zh.replace('甲', 'A'), [ZH]: en.replace('A', '甲') }, RULE)).toEqual([]);
  });

  it('still reports `ghec` when the old-named side is not on free-pro-team', async () => {
    const en = withVersions('A', ["enterprise-server: '*'", "github-ae: '*'"]);
    const zh = withVersions('甲', ["ghes: '*'", "ghae: '*'", "ghec: '*'"]);
    const found = await findings({ [EN]: en, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:6:3 ${RULE}`]);
    expect(found[0].message).toContain("has `ghec: '*'`, which the source does not");
  });

  it('reports a missing version at the `versions` key', async () => {
    const found = await findings({ [EN]: SOURCE, [ZH]: withVersions('甲', ["fpt: '*'", "ghes: '>=3.0'"]) }, RULE);
    expect(where(found)).toEqual([`${ZH}:3:1 ${RULE}`]);
    expect(found[0].message).toContain("lacks `github-ae: '*'` (present in the source at line 6)");
  });

  it('reports an extra version at its key', async () => {
    const zh = withVersions('甲', ["fpt: '*'", "ghes: '>=3.0'", "github-ae: '*'", "ghec: '*'"]);
    const found = await findings({ [EN]: SOURCE, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:3 ${RULE}`]);
    expect(found[0].message).toContain("has `ghec: '*'`, which the source does not");
  });

  it('reports a changed range at the value', async () => {
    const zh = withVersions('甲', ["fpt: '*'", "ghes: '>=3.1'", "github-ae: '*'"]);
    const found = await findings({ [EN]: SOURCE, [ZH]: zh }, RULE);
    // `  ghes: ` is 8 characters: the value starts at column 9.
    expect(where(found)).toEqual([`${ZH}:5:9 ${RULE}`]);
    expect(found[0].message).toContain("'>=3.1' here but '>=3.0' in the source at line 5");
  });

  it('reports a changed range under the long name at the value', async () => {
    const zh = withVersions('甲', ["fpt: '*'", "enterprise-server: '>=2.22'", "github-ae: '*'"]);
    // `  enterprise-server: ` is 21 characters.
    expect(where(await findings({ [EN]: SOURCE, [ZH]: zh }, RULE))).toEqual([`${ZH}:5:22 ${RULE}`]);
  });

  it('reports several differences of one translation, each at its place', async () => {
    const zh = withVersions('甲', ["ghes: '>=3.1'", "ghec: '*'"]);
    const found = await findings({ [EN]: SOURCE, [ZH]: zh }, RULE);
    // fpt and github-ae missing (at `versions`), ghes changed (line 4), ghec extra (line 5).
    expect(where(found)).toEqual([`${ZH}:3:1 ${RULE}`, `${ZH}:3:1 ${RULE}`, `${ZH}:4:9 ${RULE}`, `${ZH}:5:3 ${RULE}`]);
  });

  it('reports `versions: *` in the source against a narrower translation', async () => {
    const en = "---\ntitle: A\nversions: '*'\n---\n\nText.\n";
    const found = await findings({ [EN]: en, [ZH]: withVersions('甲', ["fpt: '*'"]) }, RULE);
    expect(where(found)).toEqual([`${ZH}:3:1 ${RULE}`]);
    expect(found[0].message).toContain("'*' (every version) in the source at line 3");
  });

  it('leaves a translation without `versions` to frontmatter-schema', async () => {
    expect(await findings({ [EN]: SOURCE, [ZH]: '---\ntitle: 甲\n---\n\nText.\n' }, RULE)).toEqual([]);
  });

  describe('without an English source (sibling translations)', () => {
    it('reports only what a translation lacks, naming the languages that have it', async () => {
      const found = await findings({ [JA]: withVersions('甲', ["fpt: '*'"]), [ZH]: withVersions('甲', ["fpt: '*'", "ghes: '*'"]) }, RULE);
      expect(where(found)).toEqual([`${JA}:3:1 ${RULE}`]);
      expect(found[0].message).toContain('present in zh-CN at line 5');
    });
  });
});
