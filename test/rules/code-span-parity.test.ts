import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const RULE = 'code-span-parity';
const EN = 'content/a.md';
const ZH = 'translations/zh-CN/content/a.md';
const JA = 'translations/ja-JP/content/a.md';

describe('code-span-parity', () => {
  it('accepts the same code spans and blocks', async () => {
    const en = 'Run `npm install`.\n\n```shell\nnpm test\n```\n';
    const zh = '运行 `npm install`。\n\n```shell\nnpm test\n```\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('accepts code spans in another order', async () => {
    const en = 'Run `npm install` and then `npm test`.\n';
    const zh = '先运行 `npm test`，之前运行 `npm install`。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('pairs a translated code span with its own row when the translation has a row more', async () => {
    const ES = 'translations/es-ES/content/a.md';
    const en = '| Name | Meaning |\n| --- | --- |\n| `assign` | Assigned. |\n| `invitation` | Invited. |\n| `manual` | Subscribed. |\n';
    const es = '| Nombre | Significado |\n| --- | --- |\n| `assign` | Asignado. |\n| `ci_activity` | Un flujo terminó. |\n| `invitación` | Invitado. |\n| `manual` | Suscrito. |\n';
    const found = await findings({ [EN]: page(en), [ES]: page(es) }, RULE);
    expect(where(found)).toEqual([`${ES}:10:3 ${RULE}`, `${ES}:11:3 ${RULE}`]);
    expect(found[0].message).toBe('Code span `ci_activity` is not in the source at this place.');
    expect(found[1].message).toBe('Code span `invitación` differs from `invitation` in the source at line 10; code is not translated.');
  });

  it('reads an indented paragraph after list steps that come from reusables as prose, not as an indented code block', async () => {
    const ES = 'translations/es-ES/content/a.md';
    // The reusables are list items once rendered, so the indented paragraph continues the last step.
    const steps = '{% data reusables.repositories.navigate-to-repo %}\n{% ifversion fpt %}\n{% data reusables.repositories.sidebar-settings %}\n{% endif %}\n\n';
    const en = `${steps}    The setting applies to \`main\` only.\n\n    ![The settings page](/assets/settings.png)\n\n    \`\`\`shell\n    git push\n    \`\`\`\n`;
    const es = `${steps}    La opción se aplica solo a \`main\`.\n\n    ![La página de opciones](/assets/settings.png)\n\n    \`\`\`shell\n    git push\n    \`\`\`\n`;
    expect(await findings({ [EN]: page(en), [ES]: page(es) }, RULE)).toEqual([]);
    // The code span inside it is still compared, and code fenced in the step is still code.
    const translated = es.replace('`main`', '`principal`').replace('git push', 'git empujar');
    const found = await findings({ [EN]: page(en), [ES]: page(translated) }, RULE);
    // Line 12 is `    La opción se aplica solo a \`principal\`.`: the span starts at column 32.
    expect(where(found)).toEqual([`${ES}:12:32 ${RULE}`, `${ES}:16:1 ${RULE}`]);
    expect(found[0].message).toBe('Code span `principal` differs from `main` in the source at line 12; code is not translated.');
    expect(found[1].message).toMatch(/^Code block `.*git empujar.*` differs from `.*git push.*` in the source at line 16; code is not translated\.$/);
  });

  it('keeps an indented code block after an ordinary paragraph as code', async () => {
    const ES = 'translations/es-ES/content/a.md';
    const en = 'Run this:\n\n    git push\n';
    const es = 'Ejecuta esto:\n\n    git empujar\n';
    const found = await findings({ [EN]: page(en), [ES]: page(es) }, RULE);
    expect(where(found)).toEqual([`${ES}:9:1 ${RULE}`]);
  });

  it('accepts code whose {% raw %} moved inside the fence, and still compares what is inside', async () => {
    const en = 'Add the workflow:\n\n{% raw %}\n```yaml\nrun: echo ${{ secrets.TOKEN }}\n```\n{% endraw %}\n';
    const ja = 'ワークフローを追加します:\n\n```yaml\n{% raw %}\nrun: echo ${{ secrets.TOKEN }}\n{% endraw %}\n```\n';
    expect(await findings({ [EN]: page(en), [JA]: page(ja) }, RULE)).toEqual([]);
    const found = await findings({ [EN]: page(en), [JA]: page(ja.replace('secrets.TOKEN', 'secrets.トークン')) }, RULE);
    expect(where(found)).toEqual([`${JA}:9:1 ${RULE}`]);
  });

  it('reports a translated code span as changed, at the span', async () => {
    const en = 'You need the `secrets` permission.\n';
    const zh = '您需要 `机密` 权限。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // `您需要 ` is 4 characters.
    expect(where(found)).toEqual([`${ZH}:7:5 ${RULE}`]);
    expect(found[0].message).toContain('Code span `机密` differs from `secrets` in the source at line 7; code is not translated');
  });

  it('reports a missing code span after the span before it', async () => {
    const en = 'Run `a` and `b`.\n';
    const zh = '运行 `a`。\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    // `运行 ` is 3 characters, `` `a` `` ends at column 6: reported at column 7.
    expect(where(found)).toEqual([`${ZH}:7:7 ${RULE}`]);
    expect(found[0].message).toContain('Code span `b` is missing after this point (present in the source at line 7)');
  });

  it('reports a missing code span with no matched neighbour at the start of its paragraph', async () => {
    const found = await findings({ [EN]: page('Run `a`.\n'), [ZH]: page('运行。\n') }, RULE);
    expect(where(found)).toEqual([`${ZH}:7:1 ${RULE}`]);
  });

  it('reports an extra code block at the block', async () => {
    const en = 'Run the command.\n';
    const zh = '运行命令。\n\n```\necho hi\n```\n';
    const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE);
    expect(where(found)).toEqual([`${ZH}:9:1 ${RULE}`]);
    expect(found[0].message).toContain('Code block `echo hi` is not in the source');
  });

  it('reports a changed code block at the block', async () => {
    const en = 'Text.\n\n```yaml\nname: build\n```\n';
    const zh = '文本。\n\n```yaml\nname: 构建\n```\n';
    expect(where(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE))).toEqual([`${ZH}:9:1 ${RULE}`]);
  });

  it('does not report code inside a Liquid block the translation lacks', async () => {
    const en = 'Intro `x`.\n\n{% ifversion ghes %}\nUse `y`.\n{% endif %}\n';
    const zh = '介绍 `x`。\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  it('does not report code inside a Liquid block only the translation has', async () => {
    const en = 'Intro `x`.\n';
    const zh = '介绍 `x`。\n\n{% ifversion ghes %}\n使用 `y`。\n{% endif %}\n';
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE)).toEqual([]);
  });

  describe('without an English source (sibling translations)', () => {
    it('reports only the translation that lacks a code span, naming the one that has it', async () => {
      const found = await findings({ [JA]: page('`a` と `b`\n'), [ZH]: page('`a` 和\n') }, RULE);
      expect(where(found)).toEqual([`${ZH}:7:4 ${RULE}`]);
      expect(found[0].message).toContain('present in ja-JP at line 7');
    });
  });

  describe('terms that stay untranslated (settings.terms)', () => {
    const settings = { translatableKeys: ['title'], terms: ['Octokit', 'pull request'] };
    it('reports a term the translation translated, after the term before it', async () => {
      const en = 'Use Octokit to open a pull request.\n';
      const zh = '使用 Octokit 打开拉取请求。\n';
      const found = await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE, { settings });
      // After `使用 Octokit` (column 11).
      expect(where(found)).toEqual([`${ZH}:7:11 ${RULE}`]);
      expect(found[0].message).toContain('Term `pull request` is missing after this point');
    });
    it('accepts terms kept inside text without spaces', async () => {
      const en = 'Use Octokit to open a pull request.\n';
      const zh = '使用Octokit打开pull request。\n';
      expect(await findings({ [EN]: page(en), [ZH]: page(zh) }, RULE, { settings })).toEqual([]);
    });
  });

  it('keeps a list item code block whole across `{%- ifversion %}` lines at column 0', async () => {
    const code = '   ```yaml\n   on: push\n   jobs:\n{%- ifversion fpt %}\n     build:\n       runs-on: ubuntu-latest\n{%- endif %}\n     test:\n       runs-on: ubuntu-latest\n   ```\n';
    const en = `1. Create a file:\n\n${code}\n1. Commit the file.\n`;
    const zh = `1. 创建文件：\n\n${code}\n1. 提交文件。\n`;
    // Split there, the closing fence opened a new block that swallowed the translated item after it.
    expect(await findings({ [EN]: page(en), [ZH]: page(zh) })).toEqual([]);
  });
});
