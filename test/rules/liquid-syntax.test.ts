import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const ZH = 'translations/zh-CN/content/a.md';

describe('liquid-syntax', () => {
  it('accepts balanced Liquid and the docs tags', async () => {
    const body = '{% ifversion fpt %}\n{% data reusables.x %}\n{% note %}Hi{% endnote %}\n{% endif %}\n{% raw %}{% nonsense %}{% endraw %}\n';
    expect(await findings({ 'content/a.md': page(body) }, 'liquid-syntax')).toEqual([]);
  });

  it('reports a translated keyword and shows the source tag', async () => {
    const found = await findings(
      { 'content/a.md': page('Text {% data reusables.x.y %}\n'), [ZH]: page('文本 {% 数据 reusables.x.y %}\n') },
      'liquid-syntax',
    );
    expect(where(found)).toEqual([`${ZH}:7:4 liquid-syntax`]);
    expect(found[0].message).toContain('the source has `{% data reusables.x.y %}`');
  });

  it('reports each tag whose name starts with punctuation, and reads the tags after it', async () => {
    const body = '文本 {% ! %}{%- ) -%} {%#ok%} {% data reusables.x %} {% %}\n';
    const found = await findings({ 'content/a.md': page('Text {% data reusables.x %}\n'), [ZH]: page(body) }, 'liquid-syntax');
    expect(where(found)).toEqual([`${ZH}:7:4 liquid-syntax`, `${ZH}:7:11 liquid-syntax`, `${ZH}:7:52 liquid-syntax`]);
    expect(found[0].message).toBe('Liquid tag `{% ! %}` has no tag name.');
    expect(found[1].message).toBe('Liquid tag `{%- ) -%}` has no tag name.');
  });

  it('reports every error in the file, not only the first', async () => {
    const body = '{% if a %}\nx\n{% endfor %}\n{％ data x ％}\n{% else %}\n{{ unclosed\n';
    const found = await findings({ 'content/a.md': page(body) }, 'liquid-syntax');
    expect(where(found)).toEqual([
      'content/a.md:7:1 liquid-syntax', // {% if a %} never closed
      'content/a.md:9:1 liquid-syntax', // stray {% endfor %}
      'content/a.md:10:1 liquid-syntax', // full-width {％
      'content/a.md:10:11 liquid-syntax', // full-width ％}
      'content/a.md:12:1 liquid-syntax', // unclosed {{
    ]);
  });
});
