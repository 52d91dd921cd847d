import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'liquid-tag-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';

describe('liquid-tag-parity', () => {
  it('accepts the same tags in another order (a multiset)', async () => {
    const en = '{% data reusables.a.b %} and {% data variables.product.x %} and {{ page.title }}\n';
    const zh = '{{ page.title }} 和 {% data variables.product.x %} 和 {% data reusables.a.b %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('accepts tags whose arguments differ only in spacing', async () => {
    const en = '{% octicon "x" aria-label="y" %} {{ a | b }}\n';
    const zh = '{% octicon  "x"  aria-label="y" %} {{a|b}}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('reports a tag missing inside a matched block, before the tag that follows it', async () => {
    const en = '{% if a %}\n{% data reusables.x %} Text {% data reusables.y %}\n{% endif %}\n';
    const zh = '{% if a %}\n文本 {% data reusables.y %}\n{% endif %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // `文本 ` is 3 UTF-16 units: the following tag starts at column 4.
    expect(where(found)).toEqual([`${ZH}:8:4 ${RULE}`]);
    expect(found[0].message).toContain('`{% data reusables.x %}` is missing before this point (present in the source at line 8)');
  });

  it('reports a tag missing from a paragraph at the start of the paragraph the translation pairs with it', async () => {
    const en = 'One {% data reusables.a %}\n\nTwo {% data reusables.b %}\n';
    const zh = '一 {% data reusables.a %}\n\n二\n';
    // Not after `{% data reusables.a %}` in the paragraph before: in the paragraph `二`, line 9.
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
    expect(found[0].message).toContain('is missing in the block that starts here');
  });

  it('reports a tag of a front matter key the translation lacks in the front matter, not in the body', async () => {
    const en = "---\ntitle: A\nintro: 'In your {% data variables.product.x %} org.'\nversions:\n  fpt: '*'\n---\n\nText {% data variables.product.y %}.\n";
    const zh = "---\ntitle: 甲\nversions:\n  fpt: '*'\n---\n\n文本 {% data variables.product.y %}。\n";
    const found = await findings({ [EN]: en, [ZH]: zh }, RULE);
    // Not before `{% data variables.product.y %}` on line 7: at the translation's front matter.
    expect(where(found)).toEqual([`${ZH}:1:1 ${RULE}`]);
    expect(found[0].message).toContain('`{% data variables.product.x %}` is missing after this point (present in the source at line 3)');
  });

  it('reports a tag missing from a front matter value at the start of that value', async () => {
    const en = "---\ntitle: A\nintro: 'In your {% data variables.product.x %} org.'\nversions:\n  fpt: '*'\n---\n\nText {% data variables.product.y %}.\n";
    const zh = "---\ntitle: 甲\nintro: 在你的组织中。\nversions:\n  fpt: '*'\n---\n\n文本 {% data variables.product.y %}。\n";
    const found = await findings({ [EN]: en, [ZH]: zh }, RULE);
    // `intro: ` is 7 characters: the value starts at column 8.
    expect(where(found)).toEqual([`${ZH}:3:8 ${RULE}`]);
    expect(found[0].message).toContain('is missing in the block that starts here (present in the source at line 3)');
  });

  it('reports each missing copy of a tag the source uses several times', async () => {
    const en = '{% data reusables.a %}\n\nText.\n\n{% data reusables.a %}\n\nMore.\n\n{% data reusables.a %}\n';
    const zh = '{% data reusables.a %}\n\n文本。\n\n更多。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.ruleId === RULE && f.file === ZH)).toBe(true);
  });

  it('reports an extra copy of a tag at the extra copy', async () => {
    const en = 'Text {% data reusables.x %}\n';
    const zh = '文本 {% data reusables.x %} {% data reusables.x %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // First copy at columns 4-25, a space, the second at column 27.
    expect(where(found)).toEqual([`${ZH}:7:27 ${RULE}`]);
    expect(found[0].message).toContain('is not in the source at this place');
  });

  it('reports a changed argument once, as a change', async () => {
    const en = 'Text.\n\n{% data reusables.x.old %}\n';
    const zh = '文本。\n\n{% data reusables.x.new %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
    expect(found[0].message).toContain('differs from `{% data reusables.x.old %}` in the source at line 9');
  });

  it('reports a tag moved out of its block into another container', async () => {
    const en = '{% ifversion ghes %}\n{% data reusables.x %}\n{% endif %}\n';
    const zh = '{% data reusables.x %}\n{% ifversion ghes %}\n文本\n{% endif %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // One tag, one finding: at the copy outside the block (not also "missing" where the block's body starts).
    expect(where(found)).toEqual([`${ZH}:7:1 ${RULE}`]);
    expect(found[0].message).toContain('is in another Liquid block than in the source at line 8');
  });

  it('does not report tags inside a block the translation lacks: that is the block finding', async () => {
    const en = '{% note %}A{% endnote %}\n{% if a %}\n{% data reusables.x %} {{ page.title }}\n{% endif %}\n';
    const zh = '{% note %}甲{% endnote %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
    // All rules: the translation gets exactly the one block finding.
    const all = await findings({ [EN]: page(en), [ZH]: page(zh) });
    expect(where(all.filter((f) => f.file === ZH))).toEqual([`${ZH}:7:25 liquid-block-parity`]);
  });

  it('does not report tags inside a block only the translation has', async () => {
    const en = 'Text.\n';
    const zh = '文本。\n{% if a %}\n{% data reusables.x %}\n{% endif %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  describe('without an English source (sibling translations)', () => {
    it('reports only the translation that lacks the tag, naming the one that has it', async () => {
      const found = await findings({ [JA]: page('一 {% data reusables.a %}\n'), [ZH]: page('一\n') }, RULE);
      // No matched neighbour tag: reported at the paragraph that pairs with the one holding it.
      expect(where(found)).toEqual([`${ZH}:7:1 ${RULE}`]);
      expect(found[0].message).toContain('present in ja-JP at line 7');
      expect(found.filter((f) => f.file === JA)).toEqual([]);
    });
  });

  it('blames an extra copy in a link text on that line, not on a later line whose tags equal the source', async () => {
    const en = 'See [the {% data variables.product.a %} docs](/a).\n\nThen {% data variables.product.a %} runs.\n';
    const zh = '参见[{% data variables.product.a %} {% data variables.product.a %} 文档](/a)。\n\n然后 {% data variables.product.a %} 运行。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // `参见[` is 3 units, the first copy 30, a space: the second copy starts at column 35 of line 7.
    expect(where(found)).toEqual([`${ZH}:7:35 ${RULE}`]);
    expect(found[0].message).toContain('is not in the source at this place');
  });

  it('reports a tag moved out of its Liquid block once, at the tag', async () => {
    const en = '{% ifversion fpt %}\nUse {% data variables.product.a %} here.\n{% endif %}\n';
    const zh = '{% ifversion fpt %}\n在此使用。\n{% endif %}\n{% data variables.product.a %}\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:10:1 ${RULE}`]);
    expect(found[0].message).toContain('is in another Liquid block than in the source at line 8');
  });

  it('leaves a tag alone that the source has inside a version block the translation lacks (the block is the finding)', async () => {
    // The English wrapped an existing paragraph in a new block after the translation was made.
    const en = 'Intro.\n\n{% ifversion ghes %}\nUse {% data variables.product.a %} here.\n{% endif %}\n\nEnd.\n';
    const zh = '介绍。\n\n在此使用 {% data variables.product.a %}。\n\n结束。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
    const both = await findings({ [EN]: page(en), [ZH]: page(zh) });
    // After `介绍。` (3 units), where the paragraphs around it place the block.
    expect(where(both)).toEqual([`${ZH}:7:4 liquid-block-parity`]);
  });

  describe('variables whose English values differ only in case', () => {
    const VARS = 'data/variables/product.yml';
    const vars = 'prodname_secret_scanning: secret scanning\nprodname_secret_scanning_caps: Secret scanning\nprodname_actions: GitHub Actions\n';
    const ES = 'translations/es-ES/content/a.md';

    it('accepts the lower-case variant of a variable in a translated heading (the same words)', async () => {
      const en = '## About {% data variables.product.prodname_secret_scanning_caps %}\n\nText.\n';
      const es = '## Acerca del {% data variables.product.prodname_secret_scanning %}\n\nTexto.\n';
      expect(await findings({ [VARS]: vars, [EN]: page(en), [ES]: page(es) }, RULE)).toEqual([]);
    });

    it('still reports a variable swapped for one with a different value', async () => {
      const en = '## About {% data variables.product.prodname_secret_scanning_caps %}\n\nText.\n';
      const es = '## Acerca de {% data variables.product.prodname_actions %}\n\nTexto.\n';
      const found = await findings({ [VARS]: vars, [EN]: page(en), [ES]: page(es) }, RULE);
      // `## Acerca de ` is 13 units: the tag starts at column 14.
      expect(where(found)).toEqual([`${ES}:7:14 ${RULE}`]);
    });
  });
});
