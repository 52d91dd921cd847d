import { describe, expect, it } from 'vitest';
import { findings, where } from '../helpers.js';

const RULE = 'variables-parity';
const EN = 'data/variables/product.yml';
const ZH = 'translations/zh-CN/data/variables/product.yml';
const JA = 'translations/ja-JP/data/variables/product.yml';
const ES = 'translations/es-ES/data/variables/product.yml';

const english = [
  'prodname_actions: GitHub Actions',
  'product_name: "{% ifversion ghes %}GitHub Enterprise Server{% else %}GitHub{% endif %}"',
  'note: Use `GITHUB_TOKEN` with {% data variables.product.prodname_actions %}',
  'links:',
  '  docs: https://docs.github.com',
  '  support: https://support.github.com',
  '',
].join('\n');

describe('variables-parity', () => {
  it('accepts a translation with the same keys, Liquid and code spans', async () => {
    const zh = [
      'prodname_actions: GitHub Actions',
      'product_name: "{% ifversion ghes %}GitHub Enterprise Server{% else %}GitHub{% endif %}"',
      'note: 在 {% data variables.product.prodname_actions %} 中使用 `GITHUB_TOKEN`',
      'links:',
      '  support: https://support.github.com',
      '  docs: https://docs.github.com',
      '',
    ].join('\n');
    expect(await findings({ [EN]: english, [ZH]: zh }, RULE)).toEqual([]);
  });

  it('reports a missing key at its parent, and a missing top-level key at 1:1, with the English path and line', async () => {
    const zh = ['product_name: "{% ifversion ghes %}GitHub Enterprise Server{% else %}GitHub{% endif %}"', 'note: 在 {% data variables.product.prodname_actions %} 中使用 `GITHUB_TOKEN`', 'links:', '  docs: https://docs.github.com', ''].join('\n');
    const found = await findings({ [EN]: english, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`, `${ZH}:3:1 ${RULE}`]);
    expect(found[0].severity).toBe(2);
    expect(found[0].message).toBe('Key `prodname_actions` is missing (present in the source at line 1 of data/variables/product.yml); add it with a translated value.');
    expect(found[1].message).toBe('Key `links.support` is missing (present in the source at line 6 of data/variables/product.yml); add it with a translated value.');
  });

  it('reports only the outermost missing key', async () => {
    const zh = ['prodname_actions: GitHub Actions', 'product_name: "{% ifversion ghes %}GitHub Enterprise Server{% else %}GitHub{% endif %}"', 'note: 在 {% data variables.product.prodname_actions %} 中使用 `GITHUB_TOKEN`', ''].join('\n');
    const found = await findings({ [EN]: english, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
    expect(found[0].message).toContain('Key `links` is missing (present in the source at line 4');
  });

  it('reports a key the English file does not have, at the key', async () => {
    const zh = `${english}  forum: https://github.community\nold_name: 旧名称\n`;
    const found = await findings({ [EN]: english, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:3 ${RULE}`, `${ZH}:8:1 ${RULE}`]);
    expect(found[0].message).toBe('Key `links.forum` is not in the source (data/variables/product.yml), so no page uses it; it may be left over from an older version, or its name was changed.');
  });

  it('reports changed Liquid in a value, at its key', async () => {
    const zh = english
      .replace('{% ifversion ghes %}', "{% if currentVersion == 'enterprise-server@3.0' %}")
      .replace('with {% data variables.product.prodname_actions %}', 'with {% data variables.product.product_name %}');
    const found = await findings({ [EN]: english, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:2:1 ${RULE}`, `${ZH}:3:1 ${RULE}`]);
    expect(found[0].message).toBe(
      'The Liquid in the value of `product_name` differs from the source at line 2 of data/variables/product.yml: it has `{% if currentVersion=="enterprise-server@3.0" %}` where the source has `{% ifversion ghes %}`.',
    );
    expect(found[1].message).toContain('it has `{% data variables.product.product_name %}` where the source has `{% data variables.product.prodname_actions %}`');
  });

  it('reports dropped Liquid and blocks in another order, but not plain tags that moved or spacing', async () => {
    const en = 'a: "{% data variables.x.one %} and {% data variables.x.two %}"\nb: "{% ifversion ghes %}A{% else %}B{% endif %}"\nc: "{% ifversion ghes %}A{% endif %}{% ifversion fpt %}B{% endif %}"\n';
    const zh = 'a: "{%data variables.x.two%} 和 {% data variables.x.one %}"\nb: "A"\nc: "{% ifversion fpt %}B{% endif %}{% ifversion ghes %}A{% endif %}"\n';
    const found = await findings({ [EN.replace('product', 'x')]: en, [ZH.replace('product', 'x')]: zh }, RULE);
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '2:1 The Liquid in the value of `b` differs from the source at line 2 of data/variables/x.yml: it lacks `{% ifversion ghes %}`, `{% else %}` and `{% endif %}`.',
      '3:1 The Liquid in the value of `c` differs from the source at line 3 of data/variables/x.yml: its blocks are in a different order (`{% ifversion ghes %} {% endif %} {% ifversion fpt %} {% endif %}` in the source).',
    ]);
  });

  it('reports changed code spans in a value, at its key', async () => {
    const zh = english.replace('`GITHUB_TOKEN`', '`GITHUB_令牌`');
    const found = await findings({ [EN]: english, [ZH]: zh }, RULE);
    expect(where(found)).toEqual([`${ZH}:3:1 ${RULE}`]);
    expect(found[0].message).toBe(
      'The code spans in the value of `note` differ from the source at line 3 of data/variables/product.yml: it has `GITHUB_令牌` where the source has `GITHUB_TOKEN`; code is not translated.',
    );
  });

  it('reports a changed URL in a value, at its key, and accepts translated link text', async () => {
    const withLink = `${english}help: 'See [the guide](/en/actions/guide) or https://support.github.com/contact.'\n`;
    const ja = withLink.replace('See [the guide](/en/actions/guide) or', '[ガイド](/en/actions/guide)または').replace('support.github.com/contact', 'support.github.com/ja/contact');
    const es = withLink.replace('See [the guide]', 'Consulta [la guía]');
    const found = await findings({ [EN]: withLink, [JA]: ja, [ES]: es }, RULE);
    expect(where(found)).toEqual([`${JA}:7:1 ${RULE}`]);
    expect(found[0].message).toBe(
      'The link targets in the value of `help` differ from the source at line 7 of data/variables/product.yml: it has `https://support.github.com/ja/contact` where the source has `https://support.github.com/contact`; URLs are not translated.',
    );
  });

  it('leaves Liquid that liquid-syntax or data-reference already reports to them', async () => {
    const zh = english.replace('with {% data variables.product.prodname_actions %}', '与 {% 数据 variables.product.prodname_actions %}').replace('{% ifversion ghes %}', '{% ifversion ghes %}{% data variables.product.prodname_nope %}');
    const all = await findings({ [EN]: english, [ZH]: zh });
    expect(all.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['2:36 data-reference', '3:28 liquid-syntax']);
  });

  it('compares nothing when either file is not valid YAML', async () => {
    expect(await findings({ [EN]: english, [ZH]: 'a: [\n' }, RULE)).toEqual([]);
    expect(await findings({ [EN]: 'a: [\n', [ZH]: english }, RULE)).toEqual([]);
  });

  it('does not check pages and reusables', async () => {
    expect(await findings({ 'data/reusables/a.md': 'x: `a`\n', 'translations/zh-CN/data/reusables/a.md': 'y: `b`\n' }, RULE)).toEqual([]);
  });

  describe('without an English file (sibling translations)', () => {
    it('reports only keys a translation lacks, naming the languages that have them', async () => {
      const found = await findings({ [JA]: 'a: A\nb: B\nc: "{% data variables.x.y %}"\n', [ES]: 'a: A\nb: B\nc: "x"\n', [ZH]: 'a: A\nc: "x"\n' }, RULE);
      expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
      expect(found[0].message).toBe('Key `b` is missing (present in es-ES at line 2 and ja-JP at line 2); add it with a translated value.');
    });
  });
});
