import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/formatters/sarif.js';
import { page } from '../helpers.js';
import { lintFiles, ruleMetas, translatedWithDefects, treeWith } from './trees.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri: string }[] } }; results: SarifResult[] }[];
}

/** The SARIF 2.1.0 schema (draft-04, which Ajv 8 reads once `id` is `$id`), with its URI formats checked. */
function sarifValidator() {
  const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as { id: string; $schema: string };
  delete (schema as { $schema?: string }).$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://example.invalid/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...schema, $id: id });
}

const sarif = (text: string): SarifLog => JSON.parse(text) as SarifLog;
const format = (results: Parameters<typeof formatSarif>[0]): string => formatSarif(results, { rules: ruleMetas, version: '1.2.3' });

describe('sarif format', () => {
  it('is valid SARIF 2.1.0 with every rule in tool.driver and one result per finding', async () => {
    const results = await lintFiles(treeWith(translatedWithDefects, { 'translations/ja-JP/data/reusables/x/y.md': 'A reusable sentence written in English.\n' }));
    const text = format(results);
    const validate = sarifValidator();
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    // The validator does reject what is not SARIF 2.1.0 (a line 0, a missing message).
    expect(validate(JSON.parse(text.replace(/"startLine": \d+/, '"startLine": 0')))).toBe(false);
    expect(validate(JSON.parse(text.replace(/"message": \{[^}]*\},/, '')))).toBe(false);

    const log = sarif(text);
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('docs-lint');
    expect(driver.rules.map((rule) => rule.id)).toEqual(ruleMetas.map((rule) => rule.id));
    const codeSpan = driver.rules.find((rule) => rule.id === 'code-span-parity');
    expect(codeSpan?.helpUri).toBe('https://github.com/docs-lint/docs-lint/blob/main/docs/rules/code-span-parity.md');
    expect(codeSpan?.shortDescription.text).toBe(ruleMetas.find((rule) => rule.id === 'code-span-parity')?.description);

    const found = log.runs[0].results.map((r) => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return `${artifactLocation.uri}:${region.startLine}:${region.startColumn} ${r.ruleId} ${r.level} ${driver.rules[r.ruleIndex].id === r.ruleId} ${artifactLocation.uriBaseId}`;
    });
    expect(found).toEqual([
      'translations/ja-JP/content/a.md:7:5 code-span-parity error true %SRCROOT%',
      'translations/ja-JP/content/a.md:7:14 liquid-tag-parity error true %SRCROOT%',
      'translations/ja-JP/content/a.md:9:5 code-span-parity error true %SRCROOT%',
      'translations/ja-JP/content/a.md:9:14 code-span-parity error true %SRCROOT%',
      'translations/ja-JP/data/reusables/x/y.md:1:1 untranslated-reusable warning true %SRCROOT%',
    ]);
  });

  it('keeps fingerprints when unrelated lines move, and tells identical findings apart', async () => {
    const source = (intro: string) => page(`${intro}Use \`secrets\` here.\n\nUse \`secrets\` here.\n`);
    const fingerprintsOf = async (translation: string, intro = '') => {
      const log = sarif(format(await lintFiles({ 'content/a.md': source(intro), 'translations/ja-JP/content/a.md': page(translation) })));
      return log.runs[0].results.map((r) => ({ rule: r.ruleId, line: r.locations[0].physicalLocation.region.startLine, message: r.message.text, print: r.partialFingerprints[FINGERPRINT_KEY] }));
    };
    const twice = 'ここで `機密` を使う。\n\nここで `機密` を使う。\n';
    const before = await fingerprintsOf(twice);
    // Two paragraphs more at the top of the translation, and one more at the top of the source.
    const after = await fingerprintsOf(`前書き。\n\nもう一つ。\n\n${twice}`, 'Intro.\n\n');
    expect(before.map((f) => `${f.rule}:${f.line}`)).toEqual(['code-span-parity:7', 'code-span-parity:9']);
    expect(after.map((f) => `${f.rule}:${f.line}`)).toEqual(['code-span-parity:11', 'code-span-parity:13']);
    expect(after[0].message).not.toBe(before[0].message); // it names the source's line, which moved too
    expect(after.map((f) => f.print)).toEqual(before.map((f) => f.print));
    // The same defect twice in the same text: the same hash, told apart by the occurrence index.
    expect(before.map((f) => f.print.split(':')[1])).toEqual(['0', '1']);
    expect(before[0].print.split(':')[0]).toBe(before[1].print.split(':')[0]);
  });

  it('changes a fingerprint when the flagged text changes', async () => {
    const print = async (translation: string) =>
      sarif(format(await lintFiles(treeWith(translation)))).runs[0].results.find((r) => r.message.text.includes('differs'))?.partialFingerprints[FINGERPRINT_KEY];
    const original = await print('ここで `機密` を使う。\n');
    expect(original).toMatch(/^[0-9a-f]{32}:0$/);
    expect(await print('ここで `秘密` を使う。\n')).not.toBe(original);
  });

  it('writes paths as the displayPath gives them, percent-encoded', async () => {
    const results = await lintFiles({ ...treeWith(translatedWithDefects), 'translations/ja-JP/content/b c#.md': '---\ntitle: [oops\n---\n' });
    const log = sarif(formatSarif(results, { rules: ruleMetas, version: '1.2.3', displayPath: (p) => `docs/${p}` }));
    const uris = new Set(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toContain('docs/translations/ja-JP/content/b%20c%23.md');
    expect([...uris]).toContain('docs/translations/ja-JP/content/a.md');
  });
});
