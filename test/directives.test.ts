import { describe, expect, it } from 'vitest';
import { findDirectives } from '../src/engine/directives.js';
import { parseDocument } from '../src/parse/document.js';
import { findings, page, where } from './helpers.js';

/** Body lines start at line 7 of a `page()`; each `{% bogus %}` is a liquid-syntax error at column 1. */
const bogus = '{% bogus %}';

describe('inline directives', () => {
  it('finds directives in HTML comments, not in code or front matter', () => {
    const text = page(
      [
        '<!-- docs-lint-disable liquid-syntax, link-anchor -- a reason -->',
        '`<!-- docs-lint-disable -->`',
        '```',
        '<!-- docs-lint-enable -->',
        '```',
        '<!--docs-lint-disable-next-line-->',
        '<!-- docs-lint-disabled -->',
      ].join('\n'),
      'title: "<!-- docs-lint-disable -->"\n',
    );
    const directives = findDirectives(parseDocument('content/a.md', new TextEncoder().encode(text)));
    expect(directives.map((d) => [d.kind, d.ruleIds, d.from.line, d.from.column])).toEqual([
      ['disable', ['liquid-syntax', 'link-anchor'], 5, 1],
      ['disable-next-line', [], 10, 1],
    ]);
  });

  it('disable … enable hides the named rules in between', async () => {
    const body = [bogus, '<!-- docs-lint-disable liquid-syntax -->', bogus, '<!-- docs-lint-enable liquid-syntax -->', bogus].join('\n');
    expect(where(await findings({ 'content/a.md': page(body) }))).toEqual(['content/a.md:7:1 liquid-syntax', 'content/a.md:11:1 liquid-syntax']);
  });

  it('disable without ids hides every rule; enable with an id turns just that one back on', async () => {
    const body = ['<!-- docs-lint-disable -->', bogus, '[x](#nowhere)', '<!-- docs-lint-enable liquid-syntax -->', bogus, '[y](#nowhere)'].join('\n');
    expect(where(await findings({ 'content/a.md': page(body) }))).toEqual(['content/a.md:11:1 liquid-syntax']);
  });

  it('a disable for another rule hides nothing', async () => {
    const body = ['<!-- docs-lint-disable link-anchor -->', bogus].join('\n');
    expect(where(await findings({ 'content/a.md': page(body) }))).toEqual(['content/a.md:8:1 liquid-syntax']);
  });

  it('disable-next-line hides the next line only; disable-line its own line', async () => {
    const body = ['<!-- docs-lint-disable-next-line liquid-syntax -->', bogus, bogus, `${bogus} <!-- docs-lint-disable-line liquid-syntax -->`].join('\n');
    expect(where(await findings({ 'content/a.md': page(body) }))).toEqual(['content/a.md:9:1 liquid-syntax']);
  });

  it('a directive in an English source does not hide its translations\' findings', async () => {
    const found = await findings(
      {
        'content/a.md': page('Run `npm test` first.\n\n<!-- docs-lint-disable code-span-parity -->\n'),
        'translations/ja-JP/content/a.md': page('最初に `npm テスト` を実行します。\n'),
      },
      'code-span-parity',
    );
    expect(where(found)).toEqual(['translations/ja-JP/content/a.md:7:5 code-span-parity']);
  });

  it('a directive in a translation does not hide its source\'s findings', async () => {
    const found = await findings(
      {
        'content/a.md': page(`Text.\n\n${bogus}\n`),
        'translations/ja-JP/content/a.md': page(`<!-- docs-lint-disable -->\nテキスト。\n\n${bogus}\n`),
      },
      'liquid-syntax',
    );
    expect(where(found)).toEqual(['content/a.md:9:1 liquid-syntax']);
  });

  it('reports directives that suppressed nothing, at their position, only when asked', async () => {
    const body = [
      '<!-- docs-lint-disable-next-line liquid-syntax -->',
      'Nothing wrong here.',
      '<!-- docs-lint-disable-next-line liquid-syntax link-anchor no-such-rule -->',
      bogus,
      '<!-- docs-lint-disable -->',
      bogus,
    ].join('\n');
    const files = { 'content/a.md': page(body) };
    expect(await findings(files)).toEqual([]);
    const found = await findings(files, undefined, { reportUnusedDisableDirectives: 'warn' });
    expect(found.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`)).toEqual([
      '7:1 unused-disable-directive 1 Unused `docs-lint-disable-next-line liquid-syntax` directive: no `liquid-syntax` finding was suppressed by it; remove it.',
      '9:1 unused-disable-directive 1 Unused `docs-lint-disable-next-line liquid-syntax link-anchor no-such-rule` directive: no `link-anchor` finding was suppressed by it; `no-such-rule` is not a rule; remove those ids.',
    ]);
  });

  it('an unused disable without ids is reported as a whole; errors when asked for errors', async () => {
    const found = await findings({ 'content/a.md': page('Fine.\n\n<!-- docs-lint-disable -->\nStill fine.\n') }, undefined, { reportUnusedDisableDirectives: 'error' });
    expect(found.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`)).toEqual([
      '9:1 unused-disable-directive 2 Unused `docs-lint-disable` directive: no finding was suppressed by it; remove it.',
    ]);
  });
});
