/**
 * The fuzz cases shared by the CI property test (fixed seed) and `npm run fuzz` (random seed): a
 * small tree of one English file and one translation, drawn from real pages and mutated.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { rules } from '../../rules/index.js';
import { INTERNAL_ERROR, lint } from '../../src/engine/lint.js';
import { computeLineStarts } from '../../src/model/document.js';
import { decodeText } from '../../src/parse/document.js';
import { hasShared, shared } from '../shared-dir.js';

export interface Sample {
  kind: 'page' | 'variables';
  name: string;
  source: string;
  translation: string;
}

const BUILT_IN: Sample[] = [
  {
    kind: 'page',
    name: 'built-in page',
    source: `---\ntitle: Actions\nversions:\n  fpt: '*'\n  ghes: '>=2.22'\n---\n\n{% data reusables.actions.ae-beta %}\n\n## About the API\n\nSee [the guide](/actions/guide#setup) and \`GET /repos\`.\n\n{% ifversion fpt %}\nUse {{ site.data.variables.product.prodname_actions }}.\n{% else %}\nOld text.\n{% endif %}\n\n\`\`\`shell\ncurl https://api.github.com\n\`\`\`\n\n| a | b |\n|---|---|\n| <code>x</code> | [y](#about-the-api) |\n`,
    translation: `---\ntitle: 操作\nversions:\n  fpt: '*'\n  ghes: '>=2.22'\n---\n\n{% data reusables.actions.ae-beta %}\n\n## 关于 API\n\n请参阅[指南](/actions/guide#setup)和 \`GET /repos\`。\n\n{% ifversion fpt %}\n使用 {{ site.data.variables.product.prodname_actions }}。\n{% else %}\n旧文本。\n{% endif %}\n\n\`\`\`shell\ncurl https://api.github.com\n\`\`\`\n\n| a | b |\n|---|---|\n| <code>x</code> | [y](#about-the-api) |\n`,
  },
  {
    kind: 'variables',
    name: 'built-in variables',
    source: `prodname_actions: 'GitHub Actions'\nnested:\n  key: value\n  list:\n    - one\n    - two\n`,
    translation: `prodname_actions: 'GitHub Actions'\nnested:\n  key: 値\n  list:\n    - 一\n    - 二\n`,
  },
];

/** The seeds and a few pages of ../shared/corpus/github-docs with their translation, else built-in samples. */
export function loadSamples(): Sample[] {
  const samples = [...BUILT_IN];
  if (!hasShared) return samples;
  const seedSource = path.join(shared, 'corpus/seed-source/content/rest/reference/actions.md');
  if (existsSync(seedSource)) {
    const source = readFileSync(seedSource, 'utf8');
    samples.push({ kind: 'page', name: 'seed zh-CN', source, translation: readFileSync(path.join(shared, 'seeds/000_2e558e0ce12a3f7f.txt'), 'utf8') });
    samples.push({ kind: 'page', name: 'seed ja-JP', source, translation: readFileSync(path.join(shared, 'seeds/002_565a479c3282b193.txt'), 'utf8') });
  }
  const corpus = path.join(shared, 'corpus/github-docs');
  const pages = path.join(corpus, 'content/rest/reference');
  if (existsSync(pages)) {
    // Small pages keep each case fast; four of them, in a stable order.
    const names = readdirSync(pages)
      .filter((name) => name.endsWith('.md') && existsSync(path.join(corpus, 'translations/ja-JP/content/rest/reference', name)))
      .sort()
      .filter((name) => readFileSync(path.join(pages, name), 'utf8').length < 8_000)
      .slice(0, 4);
    for (const name of names) {
      samples.push({
        kind: 'page',
        name: `corpus ${name}`,
        source: readFileSync(path.join(pages, name), 'utf8'),
        translation: readFileSync(path.join(corpus, 'translations/ja-JP/content/rest/reference', name), 'utf8'),
      });
    }
  }
  return samples;
}

/** What a translation tool or a broken editor can do to a file. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'repeat'; at: number; text: string; times: number }
  | { kind: 'newlines'; style: '\r\n' | '\r' }
  | { kind: 'bom' };

const TOKENS = [
  '{%', '%}', '{{', '}}', '{%-', '-%}', '---', '---\n', '`', '```', '```\n', '#', '## ', '\n# ', '[', ']', '(', ')', '](', '[x](#',
  '{% if x %}', '{% endif %}', '{% else %}', '{% elsif y %}', '{% raw %}', '{% endraw %}', '{% comment %}', '{% for a in b %}',
  '{% data reusables.x %}', '{% data ', '{% include rest_operation %}', '<a name="', '<code>', '</code>', '\0', '\r', '\r\n', '\n',
  '\uFEFF', '｛％', '％｝', '｛｛', '｝｝', '{％', '％}', '\ud800', ': ', '  - ', '&', '*', '|', '|---|', '\t', '> ', '- ', '1. ',
  '<!--', '-->', '\\', '"', "'", '!', '[^1]', '<', '>',
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
  // Any code point (fc.string's 'binary' unit costs seconds to set up).
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 16 }).map((points) => String.fromCodePoint(...points)) },
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), text, times: fc.integer({ min: 2, max: 1500 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('newlines' as const), style: fc.constantFrom('\r\n' as const, '\r' as const) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

export function mutate(content: Buffer, mutation: Mutation): Buffer {
  const at = 'at' in mutation ? mutation.at % (content.length + 1) : 0;
  switch (mutation.kind) {
    case 'truncate':
      return content.subarray(0, at);
    case 'insert':
      return Buffer.concat([content.subarray(0, at), Buffer.from(mutation.text), content.subarray(at)]);
    case 'delete':
      return Buffer.concat([content.subarray(0, at), content.subarray(at + mutation.length)]);
    case 'bytes':
      return Buffer.concat([content.subarray(0, at), mutation.bytes, content.subarray(at)]);
    case 'repeat':
      return Buffer.concat([content.subarray(0, at), Buffer.from(mutation.text.repeat(mutation.times)), content.subarray(at)]);
    case 'newlines':
      return Buffer.from(content.toString('latin1').replace(/\r?\n/g, mutation.style), 'latin1');
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), content]);
  }
}

export interface FuzzCase {
  sample: number;
  /** Which files the mutations hit. */
  target: 'translation' | 'source' | 'both';
  mutations: Mutation[];
}

export function caseArbitrary(sampleCount: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    sample: fc.nat({ max: sampleCount - 1 }),
    target: fc.constantFrom('translation' as const, 'translation' as const, 'source' as const, 'both' as const),
    mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
  });
}

/** Builds the case's tree, lints it, and throws if docs-lint failed it in any way. */
export async function runCase(samples: readonly Sample[], fuzzCase: FuzzCase): Promise<void> {
  const sample = samples[fuzzCase.sample];
  let source: Buffer = Buffer.from(sample.source);
  let translation: Buffer = Buffer.from(sample.translation);
  for (const mutation of fuzzCase.mutations) {
    if (fuzzCase.target !== 'source') translation = mutate(translation, mutation);
    if (fuzzCase.target !== 'translation') source = mutate(source, mutation);
  }
  const relative = sample.kind === 'page' ? 'content/rest/page.md' : 'data/variables/product.yml';
  const contents = new Map([
    [relative, source],
    [`translations/ja-JP/${relative}`, translation],
  ]);
  const root = mkdtempSync(path.join(tmpdir(), 'docs-lint-fuzz-'));
  try {
    for (const [file, bytes] of contents) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), bytes);
    }
    const { value: report, printed } = await capturingOutput(() => lint({ root, rules }));
    // docs-lint reports through its findings: nothing (a warning, a stack trace) goes to the console.
    if (printed.length > 0) throw new Error(`printed while linting: ${JSON.stringify(printed.join('').slice(0, 500))}`);
    if (report.results.length !== 2) throw new Error(`expected results for 2 files, got ${report.results.length}`);
    if (report.internalErrorCount !== 0) throw new Error(`internal error: ${JSON.stringify(report.results.flatMap((r) => r.messages.filter((m) => m.ruleId === INTERNAL_ERROR)))}`);
    for (const result of report.results) {
      const bytes = contents.get(result.filePath);
      if (!bytes) throw new Error(`unexpected file ${result.filePath}`);
      const decoded = decodeText(bytes);
      const lineStarts = computeLineStarts(decoded.text);
      const lineLength = (line: number): number => (line < lineStarts.length ? lineStarts[line] : decoded.text.length) - lineStarts[line - 1];
      for (const message of result.messages) {
        const problem = positionProblem(message, lineStarts.length, lineLength);
        if (problem) throw new Error(`${result.filePath}: ${problem} in ${JSON.stringify(message)}`);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs `run` with the console and process.stdout/stderr captured; returns its value and what was printed. */
async function capturingOutput<T>(run: () => Promise<T>): Promise<{ value: T; printed: string[] }> {
  const printed: string[] = [];
  const targets: [object, string][] = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((name): [object, string] => [console, name]),
    [process.stdout, 'write'],
    [process.stderr, 'write'],
  ];
  // Own properties as they were (undefined: the method came from the prototype).
  const saved = targets.map(([object, name]) => Object.getOwnPropertyDescriptor(object, name));
  for (const [object, name] of targets) {
    Object.defineProperty(object, name, { configurable: true, writable: true, value: (...args: unknown[]) => printed.push(args.map(String).join(' ')) > 0 });
  }
  try {
    return { value: await run(), printed };
  } finally {
    targets.forEach(([object, name], index) => {
      const descriptor = saved[index];
      if (descriptor) Object.defineProperty(object, name, descriptor);
      else delete (object as Record<string, unknown>)[name];
    });
  }
}

function positionProblem(
  message: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string },
  lineCount: number,
  lineLength: (line: number) => number,
): string | null {
  if (!message.ruleId || !message.message) return 'no rule id or message';
  for (const [line, column] of [
    [message.line, message.column],
    [message.endLine, message.endColumn],
  ]) {
    if (!Number.isInteger(line) || line < 1 || line > lineCount) return `line ${line} outside 1..${lineCount}`;
    if (!Number.isInteger(column) || column < 1 || column > lineLength(line) + 1) return `column ${column} outside line ${line}`;
  }
  if (message.endLine < message.line || (message.endLine === message.line && message.endColumn < message.column)) return 'end before start';
  return null;
}

/** The property: every case lints to findings with sound positions, and docs-lint never fails. */
export function fuzzProperty(samples: readonly Sample[]): fc.IAsyncProperty<[FuzzCase]> {
  return fc.asyncProperty(caseArbitrary(samples.length), (fuzzCase) => runCase(samples, fuzzCase));
}
