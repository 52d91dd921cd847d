/**
 * The parse floor: one process that reads every Markdown and YAML file of a tree and runs
 * remark-parse (with the micromark extensions docs-lint enables: front matter and GFM tables) and the
 * liquidjs Tokenizer once each. What docs-lint's cold run is compared with.
 *
 *   node --import tsx scripts/parse-floor.ts ROOT
 *   node --import tsx scripts/parse-floor.ts ROOT --extensions   # cost of each micromark extension
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultOptions, Tokenizer } from 'liquidjs';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

type Extension = 'frontmatter' | 'gfm-table' | 'gfm-autolink-literal';

function extension(micromark: unknown, fromMarkdown: unknown) {
  return function (this: Processor): void {
    const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    (data.micromarkExtensions ??= []).push(micromark);
    (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
  };
}

/**
 * GFM's autolink literal, for comparison only: docs-lint does not enable it. It comes with
 * markdownlint-cli2 (not a dependency of docs-lint), so it is loaded when present. Only its micromark
 * half: the tokenizing is the cost; mdast ignores token types it has no handler for.
 */
const autolinkModule = 'micromark-extension-gfm-autolink-literal';
const autolinkLiteral = await import(autolinkModule).then(
  (module: { gfmAutolinkLiteral: () => unknown }) => module.gfmAutolinkLiteral(),
  () => null,
);

function processorWith(extensions: readonly Extension[]): Processor {
  let processor = unified().use(remarkParse) as unknown as Processor;
  if (extensions.includes('frontmatter')) processor = processor.use(remarkFrontmatter, ['yaml']);
  if (extensions.includes('gfm-table')) processor = processor.use(extension(gfmTable(), gfmTableFromMarkdown()));
  if (extensions.includes('gfm-autolink-literal')) processor = processor.use(extension(autolinkLiteral, {}));
  return processor;
}

/** What docs-lint enables (src/parse/markdown.ts). */
const DOCS_LINT_EXTENSIONS: readonly Extension[] = ['frontmatter', 'gfm-table'];

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(?:md|ya?ml)$/.test(entry.name)) files.push(child);
    }
  };
  for (const top of ['content', 'data', 'translations']) {
    try {
      walk(path.join(root, top));
    } catch {
      // A tree without that folder.
    }
  }
  return files.sort();
}

function tokenize(text: string): number {
  const tokenizer = new Tokenizer(text);
  let count = 0;
  try {
    while (tokenizer.p < tokenizer.N) {
      tokenizer.readTopLevelToken(defaultOptions);
      count++;
    }
  } catch {
    // A broken tag ends this file's tokens; the floor only measures the work.
  }
  return count;
}

function floor(files: readonly string[]): void {
  const processor = processorWith(DOCS_LINT_EXTENSIONS);
  let nodes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    nodes += tokenize(text);
    if (file.endsWith('.md')) nodes += (processor.parse(text) as unknown as { children: unknown[] }).children.length;
  }
  process.stdout.write(`${files.length} files, ${nodes} top-level nodes and tokens\n`);
}

/** Parse time per Markdown file with each extension set, over the same texts, after a warm-up. */
function extensionCosts(files: readonly string[]): void {
  const texts = files.filter((file) => file.endsWith('.md')).map((file) => readFileSync(file, 'utf8'));
  const variants: [string, Extension[]][] = [
    ['CommonMark only', []],
    ['+ frontmatter', ['frontmatter']],
    ['+ frontmatter + gfm-table (docs-lint)', ['frontmatter', 'gfm-table']],
  ];
  if (autolinkLiteral) variants.push(['+ frontmatter + gfm-table + gfm-autolink-literal (not enabled)', ['frontmatter', 'gfm-table', 'gfm-autolink-literal']]);
  const time = (processor: Processor): number => {
    const started = performance.now();
    for (const text of texts) processor.parse(text);
    return performance.now() - started;
  };
  // Rounds interleave the variants so that JIT warm-up and machine load fall on all of them alike.
  const processors = variants.map(([, extensions]) => processorWith(extensions));
  for (const processor of processors) time(processor);
  const samples = processors.map((): number[] => []);
  for (let round = 0; round < 5; round++) processors.forEach((processor, i) => samples[i].push(time(processor)));
  const rows = variants.map(([name], i) => [name, samples[i].sort((a, b) => a - b)[2] / texts.length] as const);
  const base = rows[0][1];
  process.stdout.write(`| micromark extensions (${texts.length} Markdown files) | ms per file | vs CommonMark |\n| --- | ---: | ---: |\n`);
  for (const [name, perFile] of rows) process.stdout.write(`| ${name} | ${perFile.toFixed(2)} | ${((perFile / base - 1) * 100).toFixed(0)}% |\n`);
  const tokenizeStarted = performance.now();
  for (const text of texts) tokenize(text);
  process.stdout.write(`| liquidjs Tokenizer alone | ${((performance.now() - tokenizeStarted) / texts.length).toFixed(2)} | |\n`);
}

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--'));
if (!root) {
  process.stderr.write('usage: parse-floor.ts ROOT [--extensions]\n');
  process.exit(2);
}
const files = listFiles(path.resolve(root));
if (args.includes('--extensions')) extensionCosts(files);
else floor(files);
