import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code, Paragraph, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = import.meta.resolve('tsx');

function nodes<T extends RootContent>(tree: Root, type: T['type']): T[] {
  const found: T[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === type) found.push(node as T);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

const documents = ['README.md', 'docs/github-actions.md', 'docs/configuration.md'].map((file) => {
  const text = readFileSync(path.join(repo, file), 'utf8');
  return { file, text, tree: fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) };
});

describe.each(documents)('$file renders as written', ({ text, tree }) => {
  it('has its commands and config examples in code blocks, not run into the text', () => {
    // Lines of paragraphs as written: a command in a code span (`npm test`) starts with a backtick.
    const stray = nodes<Paragraph>(tree, 'paragraph')
      .flatMap((paragraph) => text.slice(paragraph.position?.start.offset, paragraph.position?.end.offset).split('\n'))
      .filter((line) => /^(?:npx|npm) |^repos:|^\s*- (?:repo|id): |^[{}]$/.test(line));
    expect(stray).toEqual([]);
  });

  it('closes every code block (no heading or fence swallowed by one)', () => {
    const swallowed = nodes<Code>(tree, 'code').filter((code) => /^(?:#{1,3} |```)/m.test(code.value));
    expect(swallowed.map((code) => code.value.slice(0, 80))).toEqual([]);
  });

  it('ends every table before the text after it (each row has the header row\'s cells)', () => {
    for (const table of nodes<Table>(tree, 'table')) {
      const width = table.children[0].children.length;
      const odd = table.children.filter((row) => row.children.length !== width || row.children.every((cell) => /^-*:?$|^:?-+:?$/.test(toString(cell))));
      expect(odd.map((row) => row.children.map((cell) => toString(cell)).join(' | '))).toEqual([]);
    }
  });
});

describe('the README\'s command lines', () => {
  it('use only options docs-lint has', () => {
    const help = spawnSync(process.execPath, ['--import', tsx, path.join(repo, 'src/cli/main.ts'), '--help'], { encoding: 'utf8' }).stdout;
    const known = new Set(help.match(/--[a-z][a-z-]+/g));
    const used = documents
      .flatMap(({ tree }) => nodes<Code>(tree, 'code'))
      .flatMap((code) => code.value.split('\n'))
      .map((line) => /\bdocs-lint\b(.*)/.exec(line.split('#')[0])?.[1] ?? '')
      .flatMap((args) => args.split(/[|&>;]/)[0].match(/(?<=\s|^)--[a-z][a-z-]*/g) ?? []);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((option) => !known.has(option))).toEqual([]);
  });
});
