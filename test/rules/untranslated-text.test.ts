import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'untranslated-text';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';
const ES = 'translations/es-ES/content/a.md';
const PT = 'translations/pt-BR/content/a.md';
const VARIABLES = { 'data/variables/product.yml': 'prodname_actions: GitHub Actions\nprodname_ghe_server: GitHub Enterprise Server\n' };

const EN_BODY = '## Permissions\n\nYou can set permissions for a repository.\n\nYou can also set permissions for an enterprise.\n';

describe('untranslated-text', () => {
  it('accepts a translated page', async () => {
    const zh = '## 权限\n\n您可以为仓库设置权限。\n\n您还可以为企业设置权限。\n';
    expect(await findings({ [EN]: page(EN_BODY), [ZH]: page(zh, "title: 示例\nversions:\n  fpt: '*'\n") }, RULE)).toEqual([]);
  });

  describe('languages with their own script (zh-CN, ja-JP)', () => {
    it('reports an English sentence left in a paragraph, at the sentence, as a warning', async () => {
      const ja = '## 権限\n\nリポジトリの権限を設定できます。 You can also set permissions for an enterprise.\n';
      const found = await findings({ [EN]: page(EN_BODY), [JA]: page(ja) }, RULE);
      // `リポジトリの権限を設定できます。 ` is 17 characters.
      expect(where(found)).toEqual([`${JA}:9:18 ${RULE}`]);
      expect(found[0].message).toContain('This paragraph still has an English sentence: `You can also set permissions for an enterprise.`');
      expect(found[0].severity).toBe(1);
    });

    it('reports an English paragraph even where the source no longer has it', async () => {
      const zh = '您可以为仓库设置权限。\n\nYou can also set permissions for an enterprise.\n';
      const found = await findings({ [EN]: page('Generated stub.\n'), [ZH]: page(zh) }, RULE);
      expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
    });

    it('reports an English heading and an English table cell', async () => {
      const zh = '## Set up your build environment\n\n| 名称 | 描述 |\n| --- | --- |\n| `id` | The unique identifier of the runner. |\n';
      const found = await findings({ [ZH]: page(zh) }, RULE);
      // The cell's text starts after `| `id` | `.
      expect(where(found)).toEqual([`${ZH}:7:4 ${RULE}`, `${ZH}:11:10 ${RULE}`]);
      expect(found[0].message).toContain('This heading still has an English sentence: `Set up your build environment`');
      expect(found[1].message).toContain('This table cell still has an English sentence');
    });

    it('does not count product names, `{% data variables %}`, code and URLs as text', async () => {
      const zh = [
        '使用 GitHub Enterprise Server 和 GitHub Actions 的方法。',
        '{% data variables.product.prodname_actions %} 中的 `on: push to the main branch` 事件。',
        '请参阅 https://docs.github.com/en/actions/learn-github-actions/understanding-github-actions 了解。',
        '单击 [了解更多](/actions/learn-more-about-the-feature-here) 链接。',
      ].join('\n\n');
      expect(await findings({ ...VARIABLES, [ZH]: page(`${zh}\n`) }, RULE)).toEqual([]);
    });

    it('reports English link text (it is text, unlike the link target)', async () => {
      const found = await findings({ [ZH]: page('单击 [Learn more about the feature](/actions/about) 链接。\n') }, RULE);
      expect(where(found)).toEqual([`${ZH}:7:4 ${RULE}`]);
      expect(found[0].message).toContain('still has an English sentence: `[Learn more about the feature]');
    });

    it('accepts a short English term inside Chinese text', async () => {
      const zh = '您可以使用 pull request 或 self-hosted runner 来部署。\n\n选择 Read and write 权限。\n';
      expect(await findings({ [ZH]: page(zh) }, RULE)).toEqual([]);
    });

    it('reports an English title at its value', async () => {
      const found = await findings({ [EN]: page(EN_BODY, "title: About permissions\nversions:\n  fpt: '*'\n"), [ZH]: page('## 权限\n', "title: About permissions\nversions:\n  fpt: '*'\n") }, RULE);
      expect(where(found)).toEqual([`${ZH}:2:8 ${RULE}`]);
      expect(found[0].message).toContain('The title `About permissions` is still in English: translate it.');
    });

    it('accepts a title that is a product name', async () => {
      expect(await findings({ ...VARIABLES, [ZH]: page('## 概述\n', "title: GitHub Actions\nversions:\n  fpt: '*'\n") }, RULE)).toEqual([]);
    });
  });

  describe('Latin-script languages (es-ES, pt-BR)', () => {
    it('reports a paragraph identical to its aligned source block', async () => {
      const es = '## Permisos\n\nPuede configurar permisos para un repositorio.\n\nYou can also set permissions for an enterprise.\n';
      const found = await findings({ [EN]: page(EN_BODY), [ES]: page(es, "title: Ejemplo\nversions:\n  fpt: '*'\n") }, RULE);
      expect(where(found)).toEqual([`${ES}:11:1 ${RULE}`]);
      expect(found[0].message).toContain('This paragraph is the same as in the English source (`You can also set permissions for an enterprise.`): it was not translated.');
    });

    it('accepts a block that is the same as the source but is not prose (a name, a short label)', async () => {
      const en = '## GitHub Actions\n\nAbout this.\n\n| Key | Value |\n| --- | --- |\n| Linux | 2 cores |\n';
      const pt = '## GitHub Actions\n\nSobre isto.\n\n| Chave | Valor |\n| --- | --- |\n| Linux | 2 cores |\n';
      expect(await findings({ ...VARIABLES, [EN]: page(en), [PT]: page(pt, "title: Exemplo\nversions:\n  fpt: '*'\n") }, RULE)).toEqual([]);
    });

    it('does not report English text that has no aligned source block', async () => {
      const pt = '## Permissões\n\nVocê pode definir permissões.\n\nYou can also set permissions for an organization.\n';
      expect(await findings({ [EN]: page('## Permissions\n\nYou can set permissions.\n'), [PT]: page(pt, "title: Exemplo\nversions:\n  fpt: '*'\n") }, RULE)).toEqual([]);
    });

    it('reports an untranslated title', async () => {
      const fm = "title: About permissions\nversions:\n  fpt: '*'\n";
      const pt = '## Permissões\n\nVocê pode definir permissões para um repositório.\n\nVocê também pode definir permissões para uma empresa.\n';
      const found = await findings({ [EN]: page(EN_BODY, fm), [PT]: page(pt, fm) }, RULE);
      expect(where(found)).toEqual([`${PT}:2:8 ${RULE}`]);
      expect(found[0].message).toContain('The title `About permissions` is still in English');
    });
  });

  it('gives a file identical to its source no untranslated-text findings (it is untranslated-reusable’s)', async () => {
    const text = 'Use this feature to publish your packages to the registry.\n\nYou can also set permissions for an enterprise.\n';
    const files = {
      'data/reusables/x/y.md': text,
      'translations/zh-CN/data/reusables/x/y.md': text,
      'translations/es-ES/data/reusables/x/y.md': text,
      [EN]: page('{% data reusables.x.y %}\n'),
    };
    expect(await findings(files, RULE)).toEqual([]);
    const all = await findings(files);
    expect(where(all)).toEqual([`translations/es-ES/data/reusables/x/y.md:1:1 untranslated-reusable`, `translations/zh-CN/data/reusables/x/y.md:1:1 untranslated-reusable`]);
  });

  it('does not check English files', async () => {
    expect(await findings({ [EN]: page(EN_BODY) }, RULE)).toEqual([]);
  });

  it('does not take a file name alone in a paragraph for an English sentence', async () => {
    const en = page('Create a file.\n\n.github/workflows/main.yml\n');
    const zh = page('创建文件。\n\n.github/workflows/main.yml\n');
    expect(await findings({ [EN]: en, [ZH]: zh }, RULE)).toEqual([]);
  });

  it('reports an intro left in English in the front matter', async () => {
    const fm = (title: string, intro: string): string => `title: ${title}\nintro: ${intro}\nversions:\n  fpt: '*'\n`;
    const en = page('Text.\n', fm('Creating actions', 'Learn how to create an action for your workflow.'));
    const zh = page('文本。\n', fm('创建操作', 'Learn how to create an action for your workflow.'));
    const found = await findings({ [EN]: en, [ZH]: zh }, RULE);
    // `intro: ` is 7 characters.
    expect(where(found)).toEqual([`${ZH}:3:8 ${RULE}`]);
    expect(found[0].message).toContain('The intro `Learn how to create an action for your workflow.` is still in English');
  });
});
