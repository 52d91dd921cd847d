import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'link-anchor';
const EN = 'content/x.md';
const ZH = 'translations/zh-CN/content/x.md';
const JA = 'translations/ja-JP/content/x.md';

/** The English link target: `/a/b`, with anchors `getting-started` and `next-steps`. */
const TARGET = { 'content/a/b.md': page('## Getting started\n\nText.\n\n## Next steps\n\nMore.\n') };
/** Its translation, whose translated headings must not count as anchors. */
const TARGET_ZH = { 'translations/zh-CN/content/a/b.md': page('## 入门\n\n文本。\n\n## 后续步骤\n\n更多。\n') };

describe('link-anchor', () => {
  it('accepts fragments that match headings of the target page and of the page itself', async () => {
    const body = '## Intro\n\nSee [start](/a/b#getting-started), [next](/a/b#next-steps) and [up](#intro).\n\n[ref]: /a/b#next-steps\n';
    expect(await findings({ ...TARGET, [EN]: page(body) }, RULE)).toEqual([]);
  });

  it('accepts an explicit HTML anchor and a heading that uses a variable', async () => {
    const files = {
      'data/variables/product.yml': 'prodname: GitHub Packages\n',
      'content/a/c.md': page('<a name="legacy"></a>\n\n## About {% data variables.product.prodname %}\n'),
      [EN]: page('[a](/a/c#legacy) [b](/a/c#about-github-packages)\n'),
    };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('computes the anchor of a heading whose variable holds {% ifversion %} for each version, and no blend of them', async () => {
    const files = {
      'data/variables/product.yml': "prodname_ghas: '{% ifversion fpt %}GitHub Advanced Security{% else %}Advanced Security{% endif %}'\nprodname_ghes: '{% ifversion ghes %}GHES{% endif %}'\n",
      'content/a/c.md': page('## Using {% data variables.product.prodname_ghas %}\n\n## Setup for {% data variables.product.prodname_ghes %}\n\n## Setup for {% ifversion ghae %}AE{% elsif ghec %}Cloud{% endif %}\n'),
      [EN]: page('[a](/a/c#using-github-advanced-security) [b](/a/c#using-advanced-security) [c](/a/c#setup-for-ghes) [d](/a/c#setup-for)\n\n[e](/a/c#setup-for-cloud) [f](/a/c#setup-for-1) [g](/a/c#using-github-advanced-securityadvanced-security)\n'),
    };
    const found = await findings(files, RULE);
    // Only the blend of both branches (`…securityadvanced-security`) is no anchor in any version.
    // `[e](/a/c#setup-for-cloud) [f](/a/c#setup-for-1) [g](/a/c` is 56 characters.
    expect(where(found)).toEqual([`${EN}:9:57 ${RULE}`]);
  });

  it('reports a doubled `##` at the fragment', async () => {
    const found = await findings({ ...TARGET, [EN]: page('See [t](/a/b##getting-started).\n') }, RULE);
    // `See [t](` is 8 characters; `/a/b` puts the `#` at column 13.
    expect(where(found)).toEqual([`${EN}:7:13 ${RULE}`]);
    expect(found[0].message).toContain('Malformed link fragment `##getting-started`: write `#getting-started`');
  });

  it('reports an empty fragment', async () => {
    const found = await findings({ ...TARGET, [EN]: page('See [t](/a/b#).\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:13 ${RULE}`]);
    expect(found[0].message).toContain('Empty link fragment');
  });

  it('reports a fragment that matches no heading of the English target page', async () => {
    const found = await findings({ ...TARGET, [EN]: page('Text.\n\nSee [t](/a/b#nope).\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:9:13 ${RULE}`]);
    expect(found[0].message).toContain('`#nope` matches no heading in content/a/b.md');
  });

  it('finds the target page behind a `{{ currentVersion }}` prefix and an `index.md`', async () => {
    const files = { ...TARGET, 'content/a/index.md': page('## Overview\n'), [EN]: page('[t](/{{ currentVersion }}/a/b#nope) [u](/a#overview) [v](/a#nope)\n') };
    // `[t](` then `/{{ currentVersion }}/a/b` (25 characters): the `#` is at column 30. `[v](/a` puts it at column 60.
    expect(where(await findings(files, RULE))).toEqual([`${EN}:7:30 ${RULE}`, `${EN}:7:60 ${RULE}`]);
  });

  it('reports a same-page fragment that matches no heading of the page', async () => {
    expect(where(await findings({ [EN]: page('## Intro\n\n[up](#intro) [down](#outro)\n') }, RULE))).toEqual([`${EN}:9:21 ${RULE}`]);
  });

  it('checks a same-page fragment of a translation against the English headings', async () => {
    const en = page('## Intro\n\nSee [above](#intro).\n');
    // The translated heading is `## 介绍`: `#intro` is still right, since pages are served with English anchors.
    expect(await findings({ [EN]: en, [ZH]: page('## 介绍\n\n见[上文](#intro)。\n') }, RULE)).toEqual([]);
    // …and the translated heading's own slug is not an anchor.
    const found = await findings({ [EN]: en, [ZH]: page('## 介绍\n\n见[上文](#介绍)。\n') }, RULE);
    // `见[上文](` is 6 characters: the `#` is at column 7.
    expect(where(found)).toEqual([`${ZH}:9:7 ${RULE}`]);
  });

  it('checks a translation’s link to another page against the English target, not its translation', async () => {
    const files = { ...TARGET, ...TARGET_ZH, [EN]: page('[t](/a/b#next-steps)\n'), [ZH]: page('[t](/a/b#next-steps) [u](/a/b#后续步骤)\n') };
    // `[t](/a/b#next-steps) [u](/a/b` is 29 characters.
    expect(where(await findings(files, RULE))).toEqual([`${ZH}:7:30 ${RULE}`]);
  });

  it('does not judge fragments of pages that are not in the tree, or of external links', async () => {
    const body = '[a](/nowhere/page#x) [b](https://example.com/a/b#nope) [c](relative/b#nope) ![i](/a/b#nope)\n';
    expect(await findings({ ...TARGET, [EN]: page(body) }, RULE)).toEqual([]);
  });

  it('does not judge fragments of a page with generated content (`{% include %}`)', async () => {
    const files = {
      'content/a/c.md': page('## Endpoints\n\n{% include rest_operations_at_current_path %}\n'),
      'content/a/d.md': page('<!-- This file is automatically generated. -->\n\n## Events\n'),
      [EN]: page('[t](/a/c#get-a-package) [u](/a/d#some-event)\n'),
    };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('reports a defect copied from the source on the source only', async () => {
    const files = { ...TARGET, [EN]: page('See [t](/a/b#nope).\n'), [ZH]: page('见[t](/a/b#nope)。\n'), [JA]: page('[t](/a/b##next-steps)\n') };
    // ja-JP's malformed fragment is its own.
    expect(where(await findings(files, RULE))).toEqual([`${EN}:7:13 ${RULE}`, `${JA}:7:9 ${RULE}`]);
  });

  it('reports a fragment that differs from the source’s matching link', async () => {
    const files = { ...TARGET, [EN]: page('See [t](/a/b#getting-started).\n'), [ZH]: page('见[t](/a/b#next-steps)。\n') };
    const found = await findings(files, RULE);
    // `见[t](/a/b` is 9 characters.
    expect(where(found)).toEqual([`${ZH}:7:10 ${RULE}`]);
    expect(found[0].message).toContain('differs from `#getting-started` in the source');
  });

  it('accepts links to one page whose order changed with the sentence', async () => {
    const files = { ...TARGET, [EN]: page('[a](/a/b#getting-started) then [b](/a/b#next-steps)\n'), [ZH]: page('[b](/a/b#next-steps) 之前 [a](/a/b#getting-started)\n') };
    expect(await findings(files, RULE)).toEqual([]);
  });

  it('reports a fragment that differs from the source’s when the target page is not in the tree', async () => {
    const found = await findings({ [EN]: page('See [t](/elsewhere/page#one).\n'), [ZH]: page('见[t](/elsewhere/page#two)。\n') }, RULE);
    // `见[t](/elsewhere/page` is 20 characters.
    expect(where(found)).toEqual([`${ZH}:7:21 ${RULE}`]);
    expect(found[0].message).toContain('Link fragment `#two` differs from `#one` in the source');
  });

  it('names the source’s fragment when the translation’s matches no heading', async () => {
    const files = { ...TARGET, [EN]: page('See [t](/a/b#getting-started).\n'), [ZH]: page('见[t](/a/b#getting-start)。\n') };
    const found = await findings(files, RULE);
    expect(where(found)).toEqual([`${ZH}:7:10 ${RULE}`]);
    expect(found[0].message).toContain('the source links to `#getting-started`');
  });

  describe('without an English source (sibling translations)', () => {
    it('reports fragments that disagree between translations, naming the other language', async () => {
      const files = { ...TARGET, [JA]: page('[t](/a/b#getting-started)\n'), [ZH]: page('[t](/a/b#next-steps)\n') };
      const found = await findings(files, RULE);
      expect(where(found)).toEqual([`${JA}:7:9 ${RULE}`, `${ZH}:7:9 ${RULE}`]);
      expect(found[1].message).toContain('differs from `#getting-started` in ja-JP');
    });

    it('reports disagreeing fragments to a page that is not in the tree on both translations', async () => {
      const found = await findings({ [JA]: page('[t](/elsewhere#one)\n'), [ZH]: page('[t](/elsewhere#two)\n') }, RULE);
      expect(where(found)).toEqual([`${JA}:7:15 ${RULE}`, `${ZH}:7:15 ${RULE}`]);
      expect(found[0].message).toContain('differs from `#two` in zh-CN');
    });
  });

  describe('links to a path a page lists in `redirect_from`', () => {
    const MOVED = {
      'content/new/place.md': "---\ntitle: Moved\nredirect_from:\n  - /old/place\n  - /older/place\nversions:\n  fpt: '*'\n---\n\n## Getting started\n\nText.\n",
    };

    it('checks the fragment against the headings of the page that redirects from it', async () => {
      const body = 'See [a](/old/place#getting-started) and [b](/older/place#no-such-heading).\n';
      const found = await findings({ ...MOVED, [EN]: page(body) }, RULE);
      // `See [a](/old/place#getting-started) and [b](/older/place` is 56 units: the fragment starts at column 57.
      expect(where(found)).toEqual([`${EN}:7:57 ${RULE}`]);
      expect(found[0].message).toBe('`#no-such-heading` matches no heading in content/new/place.md.');
    });

    it('accepts a redirect written as one string, behind a version prefix', async () => {
      const files = {
        'content/new/one.md': "---\ntitle: One\nredirect_from: /old/one\nversions:\n  fpt: '*'\n---\n\n## Setup\n",
        [EN]: page('See [a](/{{ currentVersion }}/old/one#setup) and [b](/en/old/one#nope).\n'),
      };
      const found = await findings(files, RULE);
      expect(found.map((f) => f.message)).toEqual(['`#nope` matches no heading in content/new/one.md.']);
    });
  });
});
