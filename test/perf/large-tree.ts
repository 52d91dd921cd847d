import { page } from '../helpers.js';

/**
 * A tree of `count` pages, each in English and two translations, with defects planted in some of
 * them (a missing Liquid block, a translated tag, a broken fragment, invalid YAML, a binary file).
 */
export function largeTree(count: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'data/reusables/x/y.md': 'A reusable sentence.\n',
    'data/variables/product.yml': 'name: Product\n',
    'translations/ja-JP/data/variables/product.yml': 'name: [unclosed\n',
  };
  for (let i = 0; i < count; i++) {
    const body = `{% data reusables.x.y %}\n\n## Part ${i}\n\nSee [part](#part-${i}) and [other](/p${(i + 1) % count}#part-${(i + 1) % count}).\n\n{% ifversion ghes %}\nOnly on GHES: \`code ${i}\`.\n{% endif %}\n\n| a | b |\n| - | - |\n| \`x\` | y |\n`;
    files[`content/p${i}.md`] = page(body);
    files[`translations/zh-CN/content/p${i}.md`] = page(i % 5 === 0 ? body.replace('{% ifversion ghes %}', '{% 如果 ghes %}') : body.replace(`## Part ${i}`, `## 部分 ${i}`));
    files[`translations/ja-JP/content/p${i}.md`] = page(i % 7 === 0 ? body.replace(/\{% ifversion ghes %\}[\s\S]*?\{% endif %\}\n/, '') : body.replace(`#part-${i}`, `#teil-${i}`));
  }
  files['translations/ja-JP/content/p1.md'] = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x00, 0x01]);
  files['translations/zh-CN/content/p2.md'] = '---\ntitle: [unclosed\n---\n\nText.\n';
  return files;
}
