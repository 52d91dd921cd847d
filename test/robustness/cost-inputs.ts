/** Inputs of size n for the linear-cost checks: each a source page and its translation. */
export interface CostInput {
  name: string;
  /** The size that gives a run of tens of milliseconds. */
  n: number;
  build(n: number): { source: string; translation: string };
}

const frontMatter = "---\ntitle: Cost\nversions:\n  fpt: '*'\n---\n\n";
const times = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

export const COST_INPUTS: CostInput[] = [
  {
    name: 'n headings',
    n: 400,
    build: (n) => ({
      source: frontMatter + times(n, (i) => `## Heading ${i}\n\nSee [it](#heading-${i}).\n\n`),
      translation: frontMatter + times(n, (i) => `## 見出し ${i}\n\n[それ](#heading-${(i * 7) % n})を参照。\n\n`),
    }),
  },
  {
    name: 'n links, each with a wrong fragment',
    n: 600,
    build: (n) => ({
      source: `${frontMatter}## Part\n\n${times(n, (i) => `[link ${i}](/rest/page-${i % 50}#part) `)}\n`,
      translation: `${frontMatter}## 部分\n\n${times(n, (i) => `[リンク ${i}](/rest/page-${i % 50}#wrong-${i}) `)}\n`,
    }),
  },
  {
    name: 'n Liquid blocks, every other one missing',
    n: 600,
    build: (n) => ({
      source: frontMatter + times(n, (i) => `{% ifversion v${i} %}\nText ${i} {% data reusables.r${i % 9} %}\n{% endif %}\n\n`),
      translation: frontMatter + times(n, (i) => (i % 2 ? '' : `{% ifversion v${i} %}\n文 ${i} {% data reusables.r${(i + 1) % 9} %}\n{% endif %}\n\n`)),
    }),
  },
  {
    name: 'Liquid nesting depth n',
    n: 400,
    build: (n) => ({
      source: frontMatter + times(n, (i) => `{% if a${i} %}\n`) + 'core\n' + times(n, () => '{% endif %}\n'),
      translation: frontMatter + times(n, (i) => `{% if a${i === n >> 1 ? 'x' : i} %}\n`) + '核\n' + times(n, () => '{% endif %}\n'),
    }),
  },
  {
    name: 'one line of n KB',
    n: 40,
    build: (n) => {
      const chunk = (i: number): string => `word \`code${i}\` [l](/a#b${i}) {% data reusables.x%} {{ v${i} }} {% if %} `;
      const line = (lang: string): string => times(n * 20, (i) => `${lang}${chunk(i)}`).slice(0, n * 1024);
      return { source: `${frontMatter}${line('')}\n`, translation: `${frontMatter}${line('ja ')}\n` };
    },
  },
  {
    name: 'n findings in one file (unknown and unclosed tags)',
    n: 1000,
    build: (n) => ({
      source: frontMatter + times(n, (i) => `Line ${i} {% data reusables.x %}\n\n`),
      translation: frontMatter + times(n, (i) => `行 ${i} {% 数据 reusables.x %} {% if\n\n`),
    }),
  },
  {
    name: 'one heading of n KB with Liquid delimiters, linked to',
    n: 40,
    build: (n) => {
      const heading = `## ${times(n * 64, (i) => `{% x${i % 10} {{ y`).slice(0, n * 1024)}\n\n`;
      return { source: `${frontMatter}${heading}[a](#a)\n`, translation: `${frontMatter}${heading}[a](#b)\n` };
    },
  },
  {
    // (Nested lists are left out: their indentation alone makes the input quadratic in the depth.)
    name: 'Markdown nesting depth n (block quotes)',
    n: 1000,
    build: (n) => {
      const nest = (text: string): string => `${times(n, () => '> ')}${text}\n${times(n, () => '>')} more\n`;
      return { source: frontMatter + nest('Quoted [a](#x)'), translation: frontMatter + nest('引用 [a](#y)') };
    },
  },
];

/** A docs tree of size n: root-relative path to content. */
export interface CostTree {
  name: string;
  /** The size the issue measured at (a run of seconds to minutes before the fix). */
  n: number;
  build(n: number): Record<string, string>;
}

const englishPage = "---\ntitle: A\nversions:\n  fpt: '*'\n---\n\nOne line.\n";
const zhPage = (body: string, frontMatter = "title: 中文\nversions:\n  fpt: '*'\n"): string => `---\n${frontMatter}---\n\n${body}\n`;
const zhTree = (body: string, frontMatter?: string): Record<string, string> => ({
  'content/a.md': englishPage,
  'translations/zh-CN/content/a.md': zhPage(body, frontMatter),
});

/**
 * The shapes of issue 13: one zh-CN translation of a one-line English page whose body is one shape
 * repeated n times. Each took seconds to minutes at its n before it was made linear.
 */
export const ISSUE_SHAPES: CostTree[] = [
  { name: 'a line of 26,000 letters', n: 26_000, build: (n) => zhTree(`中文 ${'x'.repeat(n)}`) },
  { name: '中文 + *_ x n', n: 50_000, build: (n) => zhTree(`中文${'*_'.repeat(n)}`) },
  { name: '中文 + "* " x n', n: 50_000, build: (n) => zhTree(`中文 ${'* '.repeat(n)}`) },
  { name: '> x n + 中文', n: 50_000, build: (n) => zhTree(`${'>'.repeat(n)} 中文`) },
  { name: '{% ! %} x n', n: 50_000, build: (n) => zhTree('{% ! %}'.repeat(n)) },
  { name: '中文 <!-- docs-lint-disable x n', n: 50_000, build: (n) => zhTree('中文 <!-- docs-lint-disable '.repeat(n)) },
  { name: '｛％ data variables.x x n', n: 10_000, build: (n) => zhTree('｛％ data variables.x '.repeat(n)) },
  {
    name: 'front matter with n keys',
    n: 100_000,
    build: (n) => zhTree('中文', `title: 中文\nversions:\n  fpt: '*'\n${times(n, (i) => `k${i}: v\n`)}`),
  },
  {
    name: 'a reusable of 中 x n used by the page',
    n: 50_000,
    build: (n) => ({
      'content/a.md': `${englishPage}\n{% data reusables.r %}\n`,
      'data/reusables/r.md': `${'中'.repeat(n)}\n`,
      'translations/zh-CN/content/a.md': zhPage('中文\n\n{% data reusables.r %}'),
      'translations/zh-CN/data/reusables/r.md': `${'中'.repeat(n)}\n`,
    }),
  },
  { name: '<div> + <code  x n + </div>', n: 50_000, build: (n) => zhTree(`<div>${'<code '.repeat(n)}</div>`) },
  {
    name: 'a variables file with n keys of English text',
    n: 2_000,
    build: (n) => {
      const yaml = times(n, (i) => `key_${i}: This is the English text of variable number ${i} here\n`);
      return { ...zhTree('中文'), 'data/variables/v.yml': yaml, 'translations/zh-CN/data/variables/v.yml': yaml };
    },
  },
  { name: 'a table row of "| 中文 " x n', n: 50_000, build: (n) => zhTree(`${'| 中文 '.repeat(n)}|\n${'| --- '.repeat(n)}|`) },
  { name: '中文 + ［ x n', n: 50_000, build: (n) => zhTree(`中文${'［'.repeat(n)}`) },
  { name: '{% if a + spaces x n + b %}', n: 50_000, build: (n) => zhTree(`{% if a${' '.repeat(n)}b %}`) },
];

/** What a rule scans, as one unit repeated: a long run of it is where a regex or loop goes quadratic. */
export const SHAPES: Record<string, string> = {
  letters: 'x',
  spaces: ' ',
  CJK: '中',
  bracket: '[',
  backticks: '`',
  'star-underscore': '*_',
  pipe: '|',
  'liquid-open': '{%',
  digits: '7',
};

export const PLACES = ['heading', 'paragraph', 'table cell', 'front matter value', 'YAML data file'] as const;
export type Place = (typeof PLACES)[number];

/** A Latin and a CJK language: the rules that look for English or CJK text take other paths in each. */
export const LANGUAGES = [
  { code: 'zh-CN', words: '中文文本' },
  { code: 'es-ES', words: 'Texto en español' },
] as const;

/**
 * A source page and its translation (and a variables file and a reusable in both) where one place
 * holds `run`, a long run of one shape between words; every other rule has something small to check.
 */
export function placedTree(place: Place, run: string, language: (typeof LANGUAGES)[number]): Record<string, string> {
  const put = (words: string, where: Place): { frontMatter: string; body: string; yaml: string } => {
    const text = `${words} ${run} ${words}`;
    const at = (p: Place, plain: string): string => (p === where ? text : plain);
    return {
      frontMatter: `title: ${JSON.stringify(at('front matter value', words))}\nintro: ${JSON.stringify(at('front matter value', words))}\nversions:\n  fpt: '*'\n`,
      body: [
        `## ${at('heading', words)}\n`,
        `${at('paragraph', words)} \`code\` [link](/a#part) 42 {% data reusables.r %} {{ site.data.variables.v.key }}\n`,
        `| a | b |\n| --- | --- |\n| ${at('table cell', words)} | 7 |\n`,
        '{% ifversion fpt %}\nShown.\n{% endif %}\n',
      ].join('\n'),
      yaml: `key: ${JSON.stringify(at('YAML data file', words))}\nother: Plain value\n`,
    };
  };
  const en = put('English words here', place);
  const tr = put(language.words, place);
  const page = (p: { frontMatter: string; body: string }): string => `---\n${p.frontMatter}---\n\n${p.body}`;
  const base = `translations/${language.code}`;
  return {
    'content/a.md': page(en),
    'content/b.md': page(en),
    [`${base}/content/a.md`]: page(tr),
    [`${base}/content/orphan.md`]: page(tr),
    'data/reusables/r.md': `${en.body.split('\n')[2]}\n`,
    [`${base}/data/reusables/r.md`]: `${tr.body.split('\n')[2]}\n`,
    'data/variables/v.yml': en.yaml,
    [`${base}/data/variables/v.yml`]: tr.yaml,
  };
}

const esTree = (source: string, translation: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'content/a.md': `---\ntitle: A\nversions:\n  fpt: '*'\n---\n\n${source}\n`,
  'translations/es-ES/content/a.md': `---\ntitle: A\nversions:\n  fpt: '*'\n---\n\n${translation}\n`,
  ...extra,
});

/** Shapes that the scans added for issue 12 read: each n times in one file (n gives a run of about a second). */
export const DRIFT_SHAPES: CostTree[] = [
  {
    name: 'reusable steps with n indented paragraphs under them',
    n: 20_000,
    build: (n) => esTree(times(n, (i) => `{% data reusables.r${i % 7} %}\n\n    Paragraph ${i} under the step.\n\n`), times(n, (i) => `{% data reusables.r${i % 7} %}\n\n    Párrafo ${i} bajo el paso.\n\n`)),
  },
  {
    name: 'a heading of n conditionals, linked to',
    n: 20_000,
    build: (n) => {
      const heading = `## Using ${times(n, (i) => `{% ifversion v${i} %}A${i}{% elsif w %}B{% else %}C{% endif %} `)}\n\n[a](#using-a0)\n`;
      return esTree(heading, heading.replace('Using', 'Uso'));
    },
  },
  {
    name: 'a paragraph of n sentences, every other one left in English',
    n: 20_000,
    build: (n) => esTree(times(n, (i) => `The step number ${i} runs the whole build. `), times(n, (i) => (i % 2 ? `El paso ${i} ejecuta la compilación. ` : `The step number ${i} runs the whole build. `))),
  },
  {
    name: 'n images with English alt text',
    n: 20_000,
    build: (n) => esTree(times(n, (i) => `![Screenshot of the settings tab](/i${i}.png) `), times(n, (i) => `![Screenshot of the settings tab](/i${i}.png) `)),
  },
  {
    name: 'a variables value of n URLs and a variable next to ** n times',
    n: 20_000,
    build: (n) => {
      const value = `help: '${times(n, (i) => `see https://a.example/p${i}. `)}'\nname: 'A (B)'\n`;
      return {
        ...esTree('One line.', 'Una línea.'),
        'data/variables/product.yml': value,
        'translations/zh-CN/data/variables/product.yml': value.replace('p1.', 'q1.'),
        'content/b.md': "---\ntitle: B\nversions:\n  fpt: '*'\n---\n\nB.\n",
        'translations/zh-CN/content/b.md': `---\ntitle: 乙\nversions:\n  fpt: '*'\n---\n\n${times(n, () => '打开**{% data variables.product.name %}**设置。')}\n`,
      };
    },
  },
];
