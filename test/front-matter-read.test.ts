import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { readFrontMatterData } from '../src/parse/document.js';
import { makeTree, page } from './helpers.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readFrontMatterData (front matter without the Markdown)', () => {
  it('reads the YAML between the `---` lines, with LF or CRLF line breaks', () => {
    expect(readFrontMatterData(bytes('---\nredirect_from:\n  - /a\n---\n\n# A\n'))).toEqual({ redirect_from: ['/a'] });
    expect(readFrontMatterData(bytes('---\r\ntitle: A\r\n---\r\nText\r\n'))).toEqual({ title: 'A' });
  });

  it('gives nothing for a file without front matter, an unclosed one, or invalid YAML', () => {
    expect(readFrontMatterData(bytes('# A\n\n---\ntitle: A\n---\n'))).toBeUndefined();
    expect(readFrontMatterData(bytes('---\ntitle: A\n'))).toBeUndefined();
    expect(readFrontMatterData(bytes('---\ntitle: [A\n---\n'))).toBeUndefined();
  });
});

describe('redirects when only the linking file is linted (a pre-commit run)', () => {
  it('reads the other pages’ redirect_from and checks the fragment against the redirecting page', async () => {
    const root = makeTree({
      'content/a.md': page('See [b](/old/b#setup) and [c](/old/b#usage).\n'),
      'content/new/b.md': "---\ntitle: B\nredirect_from: /old/b\nversions:\n  fpt: '*'\n---\n\n## Usage\n",
    });
    const report = await lint({ root, rules, workers: 0, paths: [path.join(root, 'content/a.md')] });
    expect(report.results.map((result) => result.filePath)).toEqual(['content/a.md']);
    expect(report.results[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['7:15 link-anchor']);
  });
});
