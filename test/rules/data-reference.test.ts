import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'data-reference';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';

/** English data: one reusable and one variables file. */
const DATA = {
  'data/reusables/a/b.md': 'A reusable paragraph.\n',
  'data/variables/product.yml': 'prodname: GitHub\nplans:\n  free: Free\n',
};

describe('data-reference', () => {
  it('accepts references to reusables and variables that exist, in every form', async () => {
    const body = [
      '{% data reusables.a.b %}',
      '{%- data variables.product.prodname -%} and {% data variables.product.plans.free %}',
      '{{ site.data.variables.product.prodname }} {{ site.data.reusables.a.b | markdownify }}',
      '{% indented_data_reference reusables.a.b spaces=3 %}',
      '',
    ].join('\n');
    expect(await findings({ ...DATA, [EN]: page(body) }, RULE)).toEqual([]);
  });

  it('reports a reusable that does not exist', async () => {
    const found = await findings({ ...DATA, [EN]: page('Text {% data reusables.a.c %}\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:6 ${RULE}`]);
    expect(found[0].message).toContain('Reusable `a.c` does not exist: there is no data/reusables/a/c.md');
  });

  it('reports a variable key that the variables file lacks', async () => {
    const found = await findings({ ...DATA, [EN]: page('Text.\n\n{% data variables.product.nope %}\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:9:1 ${RULE}`]);
    expect(found[0].message).toContain('does not exist in data/variables/product.yml');
  });

  it('reports a variable whose variables file does not exist', async () => {
    const found = await findings({ ...DATA, [EN]: page('{% data variables.other.name %}\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:1 ${RULE}`]);
    expect(found[0].message).toContain('there is no data/variables/other.yml');
  });

  it('reports a reference to a group of variables', async () => {
    const found = await findings({ ...DATA, [EN]: page('{% data variables.product.plans %}\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:1 ${RULE}`]);
    expect(found[0].message).toContain('is a group of variables');
  });

  it('reports legacy `{{ site.data… }}` outputs that do not resolve', async () => {
    const found = await findings({ ...DATA, [EN]: page('{{ site.data.variables.product.nope }}\n{{ site.data.reusables.a.c }}\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:1 ${RULE}`, `${EN}:8:1 ${RULE}`]);
  });

  it('reports a `{% data %}` argument that is not a data name at all', async () => {
    const found = await findings({ ...DATA, [EN]: page('{% data reusables/a/b %}\n') }, RULE);
    expect(where(found)).toEqual([`${EN}:7:1 ${RULE}`]);
    expect(found[0].message).toContain('`reusables/a/b` is not a data reference');
  });

  it('does not judge other data it does not read (`ui.*`, glossaries)', async () => {
    expect(await findings({ ...DATA, [EN]: page('{% data ui.header.notices %} {{ site.data.glossaries.external }}\n') }, RULE)).toEqual([]);
  });

  it('reports nothing it cannot resolve when the tree has no data/ folder at all', async () => {
    const body = '{% data reusables.a.c %} {% data variables.product.nope %} {{ site.data.variables.x.y }}\n';
    expect(await findings({ [EN]: page(body), [ZH]: page(body) }, RULE)).toEqual([]);
  });

  it('judges each kind only when the tree has English data of that kind', async () => {
    // Reusables but no variables: only the reusable is judged.
    const files = { 'data/reusables/a/b.md': 'Text of the reusable.\n', [EN]: page('{% data reusables.a.c %} {% data variables.product.nope %}\n') };
    expect(where(await findings(files, RULE))).toEqual([`${EN}:7:1 ${RULE}`]);
  });

  it('resolves a translation’s references against the English data, not the translated data', async () => {
    const files = {
      ...DATA,
      'translations/zh-CN/data/reusables/a/only-zh.md': '仅中文。\n',
      'translations/zh-CN/data/variables/product.yml': 'prodname: GitHub\nzh_only: 中文\n',
      [EN]: page('Text.\n'),
      [ZH]: page('{% data reusables.a.only-zh %}\n{% data variables.product.zh_only %}\n'),
    };
    expect(where(await findings(files, RULE))).toEqual([`${ZH}:7:1 ${RULE}`, `${ZH}:8:1 ${RULE}`]);
  });

  it('reports a bad reference the translation copied from the source on the source only', async () => {
    const files = { ...DATA, [EN]: page('{% data reusables.a.c %}\n'), [ZH]: page('文本 {% data reusables.a.c %}\n\n{% data reusables.a.d %}\n') };
    expect(where(await findings(files, RULE))).toEqual([`${EN}:7:1 ${RULE}`, `${ZH}:9:1 ${RULE}`]);
  });

  it('counts copies: a bad reference the translation uses more often than the source is reported for the extra use', async () => {
    const files = { ...DATA, [EN]: page('{% data reusables.a.c %}\n'), [ZH]: page('{% data reusables.a.c %}\n\n{% data reusables.a.c %}\n') };
    expect(where(await findings(files, RULE))).toEqual([`${EN}:7:1 ${RULE}`, `${ZH}:9:1 ${RULE}`]);
  });

    it('checks references inside reusables too', async () => {
    const files = { ...DATA, [EN]: page('Text.\n'), 'data/reusables/a/e.md': 'See {% data reusables.a.missing %}.\n' };
    expect(where(await findings(files, RULE))).toEqual([`data/reusables/a/e.md:1:5 ${RULE}`]);
  });
});
