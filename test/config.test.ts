import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { renderConfigSchema, SCHEMA_FILE } from '../scripts/config-schema.js';
import { configOptions, formatPath, readConfigFile, validateConfig } from '../src/config/config.js';
import { lint, type Config, type LintReport, type Rule } from '../src/index.js';
import { isTranslatableKey } from '../src/model/settings.js';
import { makeTree, page } from './helpers.js';

const metas = rules.map((rule) => rule.meta);

/** A source and two translations whose code span was translated (code-span-parity, error, at 7:5 and 7:9). */
const tree = {
  'content/a.md': page('Run `npm test` first.\n'),
  'translations/ja-JP/content/a.md': page('最初に `npm テスト` を実行します。\n'),
  'translations/es-ES/content/a.md': page('Ejecute `npm prueba` primero.\n'),
};

/** `file:line:col rule severity` of each finding. */
function rows(report: LintReport): string[] {
  return report.results.flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.severity}`));
}

function configError(config: unknown): string {
  try {
    validateConfig(config, 'docs-lint.config.json', metas);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('config validation', () => {
  it.each([
    [{ rules: { 'code-span-parity': 'loud' } }, 'docs-lint.config.json: rules["code-span-parity"]: expected "off" | "warn" | "error"'],
    [{ rules: { 'code-span-parity': ['loud', {}] } }, 'docs-lint.config.json: rules["code-span-parity"][0]: expected "off" | "warn" | "error"'],
    [{ rules: { 'code-span-parity': ['warn', 3] } }, 'docs-lint.config.json: rules["code-span-parity"][1]: expected an object of rule options'],
    [{ rules: { 'no-such-rule': 'warn' } }, 'docs-lint.config.json: rules["no-such-rule"]: unknown rule "no-such-rule" (docs-lint --help lists the rules)'],
    [{ overrides: [{ files: ['x'], rules: {} }, { languages: ['ja-JP'], rules: { 'link-anchor': 2 } }] }, 'docs-lint.config.json: overrides[1].rules["link-anchor"]: expected "off" | "warn" | "error" or ["off" | "warn" | "error", { ...options }]'],
    [{ overrides: [{ languages: ['ja-JP'] }] }, 'docs-lint.config.json: overrides[0].rules: missing (it is required)'],
    [{ layout: { content: '../elsewhere' } }, 'docs-lint.config.json: layout.content: expected a folder relative to the root'],
    [{ liquid: { blockTags: ['my tag'] } }, 'docs-lint.config.json: liquid.blockTags[0]: expected a Liquid tag name'],
    [{ maxFileSize: 1.5 }, 'docs-lint.config.json: maxFileSize: expected a whole number of bytes'],
    [{ reportUnusedDisableDirectives: 'yes' }, 'docs-lint.config.json: reportUnusedDisableDirectives: expected true, false, "off", "warn" or "error"'],
    [{ rule: {} }, 'docs-lint.config.json: rule: unknown key "rule"'],
  ])('%j: one line naming the JSON path', (config, message) => {
    expect(configError(config)).toBe(message);
  });

  it('accepts a full config, $schema included', () => {
    const config: Config = {
      $schema: './node_modules/docs-lint/docs/docs-lint.config.schema.json',
      rules: { 'source-rewritten': 'off', 'code-span-parity': ['warn', { any: 'option' }] },
      overrides: [{ languages: ['ja-JP'], files: ['translations/*/content/**'], rules: { 'code-span-parity': 'error' } }],
      ignore: ['translations/*/content/early-access/**'],
      languages: ['ja-JP'],
      layout: { content: 'content', data: 'data', translations: 'translations' },
      translatableKeys: ['title', 'intro'],
      terms: ['GitHub Actions'],
      liquid: { blockTags: ['mytag'] },
      maxFileSize: 1_000_000,
      reportUnusedDisableDirectives: 'warn',
    };
    expect(configError(config)).toBe('no error');
  });

  // The reason after `invalid JSON:` is V8's, and its wording differs between Node versions.
  it.each([
    ['{\n  "rules": {\n    "a": "off"\n    "b": "off"\n  }\n}\n', 'c.json:4:5: invalid JSON: '],
    ['{\n  "rules": off\n}\n', 'c.json:2:12: invalid JSON: '],
    ['{\n  "rules": ', 'c.json:2:11: invalid JSON: '],
    ['', 'c.json:1:1: invalid JSON: '],
  ])('invalid JSON %j: one line with line:col', (text, prefix) => {
    const root = makeTree({ 'c.json': text });
    let message = '';
    try {
      readConfigFile(path.join(root, 'c.json'), 'c.json', metas);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith(prefix)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('formats JSON paths as JavaScript would', () => {
    expect(formatPath(['overrides', 0, 'rules', 'link-anchor'])).toBe('overrides[0].rules["link-anchor"]');
    expect(formatPath(['layout', 'content'])).toBe('layout.content');
  });
});

describe('the published JSON Schema', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing the config or the rules)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderConfigSchema());
  });

  it('lists every rule, so editors complete rule ids', () => {
    const schema = JSON.parse(renderConfigSchema()) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(metas.map((meta) => meta.id));
  });
});

describe('config in a run', () => {
  it('without a config, each translated code span is an error', async () => {
    expect(rows(await lint({ root: makeTree(tree) }))).toEqual([
      'translations/es-ES/content/a.md:7:9 code-span-parity 2',
      'translations/ja-JP/content/a.md:7:5 code-span-parity 2',
    ]);
  });

  it('a per-language override changes that language only', async () => {
    const config: Config = { overrides: [{ languages: ['ja-JP'], rules: { 'code-span-parity': 'warn' } }] };
    expect(rows(await lint({ root: makeTree(tree), config }))).toEqual([
      'translations/es-ES/content/a.md:7:9 code-span-parity 2',
      'translations/ja-JP/content/a.md:7:5 code-span-parity 1',
    ]);
  });

  it('overrides apply in order over `rules`, matching files by glob', async () => {
    const config: Config = {
      rules: { 'code-span-parity': 'warn' },
      overrides: [
        { files: ['translations/*/content/**'], rules: { 'code-span-parity': 'off' } },
        { files: ['translations/es-ES/**'], rules: { 'code-span-parity': 'error' } },
      ],
    };
    expect(rows(await lint({ root: makeTree(tree), config }))).toEqual(['translations/es-ES/content/a.md:7:9 code-span-parity 2']);
  });

  it('reads docs-lint.config.json from the root by default, and a given file instead', async () => {
    const root = makeTree({ ...tree, 'docs-lint.config.json': JSON.stringify({ rules: { 'code-span-parity': 'warn' } }), 'other.json': '{}' });
    expect(rows(await lint({ root }))).toEqual(['translations/es-ES/content/a.md:7:9 code-span-parity 1', 'translations/ja-JP/content/a.md:7:5 code-span-parity 1']);
    expect(rows(await lint({ root, config: path.join(root, 'other.json') }))).toHaveLength(2);
    expect(rows(await lint({ root, config: path.join(root, 'other.json') })).every((row) => row.endsWith(' 2'))).toBe(true);
    expect(rows(await lint({ root, config: false })).every((row) => row.endsWith(' 2'))).toBe(true);
  });

  it('ruleSeverities (the CLI --rule) win over the config and its overrides', async () => {
    const config: Config = { rules: { 'code-span-parity': 'off' }, overrides: [{ languages: ['ja-JP'], rules: { 'code-span-parity': 'off' } }] };
    expect(rows(await lint({ root: makeTree(tree), config, ruleSeverities: { 'code-span-parity': 'warn' } }))).toEqual([
      'translations/es-ES/content/a.md:7:9 code-span-parity 1',
      'translations/ja-JP/content/a.md:7:5 code-span-parity 1',
    ]);
  });

  it('ignored files are not linted at all', async () => {
    const report = await lint({ root: makeTree(tree), config: { ignore: ['translations/es-ES/**'] } });
    expect(report.results.map((result) => result.filePath)).toEqual(['content/a.md', 'translations/ja-JP/content/a.md']);
    expect(rows(report)).toEqual(['translations/ja-JP/content/a.md:7:5 code-span-parity 2']);
  });

  it('languages narrow the run; the languages option (--lang) wins', async () => {
    const root = makeTree(tree);
    const config: Config = { languages: ['ja-JP'] };
    expect(rows(await lint({ root, config }))).toEqual(['translations/ja-JP/content/a.md:7:5 code-span-parity 2']);
    expect(rows(await lint({ root, config, languages: ['es-ES'] }))).toEqual(['translations/es-ES/content/a.md:7:9 code-span-parity 2']);
  });

  it('layout moves the folders the tree is read from', async () => {
    const root = makeTree({ 'pages/a.md': page('Run `npm test` first.\n'), 'i18n/ja-JP/pages/a.md': page('最初に `npm テスト` を実行します。\n') });
    expect(rows(await lint({ root, config: { layout: { content: 'pages', translations: 'i18n' } } }))).toEqual(['i18n/ja-JP/pages/a.md:7:5 code-span-parity 2']);
  });

  it('liquid.blockTags make a custom tag a block: no liquid-syntax finding for it or its end tag', async () => {
    const files = { 'content/a.md': page('{% mytag %}\nInside.\n{% endmytag %}\n\n{% endothertag %}\n') };
    expect(rows(await lint({ root: makeTree(files) }))).toEqual(['content/a.md:7:1 liquid-syntax 2', 'content/a.md:9:1 liquid-syntax 2', 'content/a.md:11:1 liquid-syntax 2']);
    expect(rows(await lint({ root: makeTree(files), config: { liquid: { blockTags: ['mytag'] } } }))).toEqual(['content/a.md:11:1 liquid-syntax 2']);
    // A block now: its unclosed opening tag is reported as such.
    const unclosed = await lint({ root: makeTree({ 'content/a.md': page('{% mytag %}\nInside.\n') }), config: { liquid: { blockTags: ['mytag'] } } });
    expect(unclosed.results[0].messages.map((m) => m.message)).toEqual(['`{% mytag %}` is never closed: `{% endmytag %}` is missing.']);
  });

  it('a config error is a UsageError naming the JSON path', async () => {
    await expect(lint({ root: makeTree(tree), config: { overrides: [{ rules: { nope: 'off' } }] } })).rejects.toThrow(
      'config: overrides[0].rules.nope: unknown rule "nope" (docs-lint --help lists the rules)',
    );
  });

  it('maxFileSize and reportUnusedDisableDirectives become engine options', () => {
    expect(configOptions(validateConfig({ maxFileSize: 2048, reportUnusedDisableDirectives: true }, 'x', metas))).toMatchObject({
      maxFileSize: 2048,
      reportUnusedDisableDirectives: 'error',
    });
  });
});

describe('rule options and settings', () => {
  /** A rule that reports, on each page, the options and settings it was given. */
  const probe: Rule = {
    meta: { id: 'probe', description: 'Reports its options', defaultSeverity: 'off', fixable: false, scope: 'file', kinds: ['page'] },
    check({ options, settings, report }) {
      report({ start: 0, message: JSON.stringify({ options, settings }) });
    },
  };
  const messages = (report: LintReport): Record<string, string> =>
    Object.fromEntries(report.results.flatMap((result) => result.messages.map((m) => [result.filePath, `${m.severity} ${m.message}`])));

  it('a rule gets its options ([severity, options]); a later bare severity keeps them', async () => {
    const config: Config = {
      rules: { probe: ['warn', { limit: 3 }] },
      overrides: [{ languages: ['ja-JP'], rules: { probe: 'error' } }, { languages: ['es-ES'], rules: { probe: ['warn', { limit: 5 }] } }],
      terms: ['GitHub Actions'],
      translatableKeys: ['title'],
    };
    const settings = { translatableKeys: ['title'], terms: ['GitHub Actions'] };
    expect(messages(await lint({ root: makeTree(tree), config, rules: [probe] }))).toEqual({
      'content/a.md': `1 ${JSON.stringify({ options: { limit: 3 }, settings })}`,
      'translations/ja-JP/content/a.md': `2 ${JSON.stringify({ options: { limit: 3 }, settings })}`,
      'translations/es-ES/content/a.md': `1 ${JSON.stringify({ options: { limit: 5 }, settings })}`,
    });
  });

  it('without a config: no options, the default translatable keys and no terms', async () => {
    const settings = { translatableKeys: ['title', 'shortTitle', 'intro', 'product', 'permissions'], terms: [] };
    const found = messages(await lint({ root: makeTree(tree), rules: [probe], ruleSeverities: { probe: 'warn' } }));
    expect(found['content/a.md']).toBe(`1 ${JSON.stringify({ options: {}, settings })}`);
  });

  it('isTranslatableKey: the listed keys (and their nested keys) are translated, any other is not', () => {
    const settings = { translatableKeys: ['title', 'intro'], terms: [] };
    expect(['title', 'intro.extra', 'versions', 'redirect_from.0'].map((key) => isTranslatableKey(settings, key))).toEqual([true, true, false, false]);
  });

  it('a rule that is off for every file never runs', async () => {
    let calls = 0;
    const counted: Rule = { meta: { ...probe.meta, id: 'counted', defaultSeverity: 'warn' }, check: () => void calls++ };
    await lint({ root: makeTree(tree), rules: [counted], config: { rules: { counted: 'off' } } });
    expect(calls).toBe(0);
    await lint({ root: makeTree(tree), rules: [counted], config: { overrides: [{ languages: ['en'], rules: { counted: 'off' } }] } });
    expect(calls).toBe(2);
  });

});

describe('the documented configs', () => {
  const documents = ['README.md', 'docs/configuration.md'].map((file) => readFileSync(path.join(path.dirname(SCHEMA_FILE), '..', file), 'utf8'));
  const examples = documents.flatMap((text) => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]) as unknown));

  it('are valid for the zod schema and the published JSON Schema', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    for (const example of examples) {
      expect(configError(example)).toBe('no error');
      expect(validate(example)).toBe(true);
    }
  });

  it('the JSON Schema rejects what the zod schema rejects', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    for (const bad of [{ rules: { 'link-anchor': 'loud' } }, { rules: { 'no-such-rule': 'off' } }, { overrides: [{ languages: ['ja-JP'] }] }, { bogus: true }, { maxFileSize: 0 }]) {
      expect(configError(bad)).not.toBe('no error');
      expect(validate(bad)).toBe(false);
    }
  });
});
