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

  it('gives a reusable identical to its source no untranslated-text findings (it is untranslated-reusable’s)', async () => {
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

  describe('English left inside translated text (Latin script)', () => {
    const en = '## Settings\n\nOpen the settings of the repository. Select the branch you want to protect. Then click **Save**.\n';

    it('reports a sentence of the source left word for word inside a Spanish paragraph, at the sentence', async () => {
      const es = '## Opciones\n\nAbre las opciones del repositorio. Select the branch you want to protect. Luego haz clic en **Guardar**.\n';
      const found = await findings({ [EN]: page(en), [ES]: page(es) }, RULE);
      // `Abre las opciones del repositorio. ` is 35 characters.
      expect(where(found)).toEqual([`${ES}:9:36 ${RULE}`]);
      expect(found[0].message).toBe('This paragraph still has a sentence of the English source: `Select the branch you want to protect.`. Translate it.');
    });

    it('accepts English terms, names and short phrases of the source inside translated sentences', async () => {
      const source = 'Use GitHub Actions to run the workflow. The pull request is merged.\n';
      const pt = 'Use GitHub Actions para executar o workflow. O pull request é mesclado.\n';
      expect(await findings({ [EN]: page(source), [PT]: page(pt), ...VARIABLES }, RULE)).toEqual([]);
    });

    it('reports alt text left in English: as the source had it for the same image (Latin script), or with no letter of the script', async () => {
      const source = '1. Click **Settings**.\n   ![Screenshot of the settings tab](/assets/images/settings.png)\n';
      const es = '1. Haz clic en **Opciones**.\n   ![Screenshot of the settings tab](/assets/images/settings.png)\n';
      const ja = '1. **設定**をクリックします。\n   ![Screenshot of the settings tab](/assets/images/settings.png)\n\n![Screenshot of a tab the source no longer shows](/old.png)\n\n![設定タブのスクリーンショット](/ok.png)\n';
      const found = await findings({ [EN]: page(source), [ES]: page(es), [JA]: page(ja) }, RULE);
      // The alt text starts after `   ![` on line 8, and after `![` on line 10.
      expect(where(found)).toEqual([`${ES}:8:6 ${RULE}`, `${JA}:8:6 ${RULE}`, `${JA}:10:3 ${RULE}`]);
      expect(found[0].message).toBe("The image's alt text `Screenshot of the settings tab` is still in English: translate it (screen readers read it aloud).");
    });

    it('accepts translated alt text, a product name as alt text, and an image the source does not have', async () => {
      const source = '![Screenshot of the settings tab](/a.png) ![GitHub Actions](/b.png)\n';
      const es = '![Captura de la pestaña de opciones](/a.png) ![GitHub Actions](/b.png) ![Screenshot of the new tab](/c.png)\n';
      expect(await findings({ [EN]: page(source), [ES]: page(es), ...VARIABLES }, RULE)).toEqual([]);
    });
  });

  describe('a file left in English is one finding', () => {
    const LONG_BODY =
      '## About permissions\n\nYou can set permissions for a repository.\n\n## Enterprise permissions\n\nYou can also set permissions for an enterprise.\n\n' +
      'Owners of the enterprise can change them at any time.\n\nMembers see the permissions they were given.\n\nAsk an owner when you need more of them.\n';
    const translatedTitle = "title: Acerca de los permisos\nversions:\n  fpt: '*'\n";

    it('reports a page whose text is the source unchanged once, at its text (only its title was translated)', async () => {
      const found = await findings({ [EN]: page(LONG_BODY), [ES]: page(LONG_BODY, translatedTitle) }, RULE);
      // The body starts on line 6, after the front matter.
      expect(where(found)).toEqual([`${ES}:6:1 ${RULE}`]);
      expect(found[0].message).toBe(`The text of this page is the English text of ${EN} unchanged: it was never translated.`);
    });

    it('reports a page whose blocks are nearly all still English once (Latin script), at the first', async () => {
      const es = LONG_BODY.replace('You can set permissions for a repository.', 'Puede establecer permisos para un repositorio.');
      const found = await findings({ [EN]: page(LONG_BODY), [ES]: page(es, translatedTitle) }, RULE);
      // Four of the five paragraphs are the source's (the two-word headings are too short to judge); the first is on line 13.
      expect(where(found)).toEqual([`${ES}:13:1 ${RULE}`]);
      expect(found[0].message).toBe('This file is still in English: 4 of its 5 headings, paragraphs and table cells are untranslated, from line 13 on. Translate the file (or leave it out of this language until it is translated).');
    });

    it('reports a page whose blocks are nearly all English sentences once (own script)', async () => {
      const zh = `## 关于权限\n\n${LONG_BODY.split('\n\n').slice(1).join('\n\n')}`;
      const found = await findings({ [EN]: page(LONG_BODY), [ZH]: page(zh, "title: 关于权限\nversions:\n  fpt: '*'\n") }, RULE);
      // The Chinese h2 and the five English paragraphs are judged; the first English one is on line 9.
      expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
      expect(found[0].message).toMatch(/^This file is still in English: 5 of its 6 headings, paragraphs and table cells are untranslated, from line 9 on\./);
    });

    it('counts only wholly English blocks toward the file: a partly translated paragraph keeps its own finding', async () => {
      const es = LONG_BODY.replace('You can set permissions for a repository.', 'Puede establecer permisos. You can set permissions for a repository.');
      const en = LONG_BODY.replace('You can set permissions for a repository.', 'Permissions are set per repository. You can set permissions for a repository.');
      const found = await findings({ [EN]: page(en), [ES]: page(es, translatedTitle) }, RULE);
      // `Puede establecer permisos. ` is 27 characters on line 9; the four English paragraphs start on line 13.
      expect(where(found)).toEqual([`${ES}:9:28 ${RULE}`, `${ES}:13:1 ${RULE}`]);
      expect(found[1].message).toMatch(/^This file is still in English: 4 of its 5 /);
    });

    it('keeps one finding per block when a few blocks are English in a translated page', async () => {
      const es =
        '## Acerca de los permisos\n\nPuede establecer permisos para un repositorio.\n\n## Permisos de empresa\n\nTambién puede establecer permisos para una empresa.\n\n' +
        'Owners of the enterprise can change them at any time.\n\nMembers see the permissions they were given.\n\nPida más a un propietario cuando los necesite.\n';
      const found = await findings({ [EN]: page(LONG_BODY), [ES]: page(es, translatedTitle) }, RULE);
      expect(where(found)).toEqual([`${ES}:15:1 ${RULE}`, `${ES}:17:1 ${RULE}`]);
    });
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
