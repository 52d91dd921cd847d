/**
 * `npm run bench [-- CORPUS] [--files N] [--runs N] [--keep]`: builds a tree of at least N files
 * (default 20,000) by replicating a GitHub-docs-style corpus (default: `$DOCS_LINT_SHARED/corpus/github-docs`
 * or `../shared/corpus/github-docs`) under distinct paths, then times whole processes (median of the
 * runs; wall time and peak RSS): docs-lint cold, warm (`--cache`, nothing changed), on one changed
 * file, markdownlint-cli2 with its default rules on the same Markdown files, and the parse floor
 * (scripts/parse-floor.ts). Runs `npm run build` first: it measures dist/, what users run.
 *
 * `npm run bench -- --mutated [--files N]` instead times a cold run on a tree of N files (default
 * 1,000) and on the same tree with every file mutated as pasted and truncated files are: cut short,
 * random bytes in it, a long line, a pasted 100 KB line. The mutated tree must cost at most 3x.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: 'string' },
    mutated: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const wantedFiles = Number(values.files ?? (values.mutated ? 1000 : 20000));
const runs = Number(values.runs);
const shared = process.env.DOCS_LINT_SHARED ?? path.resolve(repo, '..', 'shared');
const corpus = path.resolve(positionals[0] ?? path.join(shared, 'corpus', 'github-docs'));
if (!existsSync(corpus)) {
  process.stderr.write(`bench: no corpus at ${corpus}; pass its path or set DOCS_LINT_SHARED.\n`);
  process.exit(2);
}

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The corpus files docs-lint reads, relative to the corpus root. */
function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(corpus, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(?:md|ya?ml)$/.test(entry.name)) files.push(child);
    }
  };
  for (const top of ['content', 'data', 'translations']) if (existsSync(path.join(corpus, top))) walk(top);
  return files;
}

/**
 * Copy 0 is the corpus as it is; copy k puts each page and reusable under a `copy-k` folder
 * (`content/copy-3/rest/...`, `data/reusables/copy-3/...`) and each variables file beside the original
 * (`data/variables/product-copy-3.yml`), in every language, and appends a line that makes each copy's
 * bytes distinct, so that nothing can be shared between copies by content.
 */
function copyPath(relative: string, copy: number): string {
  if (copy === 0) return relative;
  return relative
    .replace(/^((?:translations\/[^/]+\/)?content)\//, `$1/copy-${copy}/`)
    .replace(/^((?:translations\/[^/]+\/)?data\/reusables)\//, `$1/copy-${copy}/`)
    .replace(/^((?:translations\/[^/]+\/)?data\/variables\/[^/]+)(\.ya?ml)$/, `$1-copy-${copy}$2`);
}

function buildTree(target: string): { files: number; languages: string[] } {
  const files = corpusFiles();
  const copies = Math.ceil(wantedFiles / files.length);
  for (let copy = 0; copy < copies; copy++) {
    for (const relative of files) {
      const destination = path.join(target, copyPath(relative, copy));
      mkdirSync(path.dirname(destination), { recursive: true });
      cpSync(path.join(corpus, relative), destination);
      if (copy > 0) appendFileSync(destination, relative.endsWith('.md') ? `\n<!-- copy ${copy} -->\n` : `\n# copy ${copy}\n`);
    }
  }
  const languages = ['en', ...readdirSync(path.join(target, 'translations'))];
  return { files: files.length * copies, languages };
}

interface Sample {
  wallMs: number;
  rssMb: number;
  /** User + system CPU time of all threads (NaN without GNU time): on a loaded machine, the steadier figure. */
  cpuMs: number;
}

const timeBinary = '/usr/bin/time';
const hasTime = existsSync(timeBinary);
/** Without GNU time: a preload that writes the process's peak RSS (all threads) to a file at exit. */
const rssProbe = path.join(tmpdir(), `docs-lint-bench-rss-${process.pid}.mjs`);
writeFileSync(rssProbe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");

/** Runs `node ARGS` once in `cwd`, output discarded; wall time and peak RSS of the whole process. */
function runOnce(args: readonly string[], cwd: string): Sample {
  const rssFile = path.join(tmpdir(), `docs-lint-bench-rss-${process.pid}.txt`);
  const [command, commandArgs] = hasTime
    ? [timeBinary, ['-v', process.execPath, ...args]]
    : [process.execPath, ['--import', rssProbe, ...args]];
  const started = performance.now();
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  const kb = hasTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]) : Number(readFileSync(rssFile, 'utf8'));
  const seconds = (label: string): number => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1]);
  return { wallMs, rssMb: kb / 1024, cpuMs: hasTime ? (seconds('User') + seconds('System')) * 1000 : Number.NaN };
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measure(name: string, args: readonly string[], cwd: string, before?: (run: number) => void): Sample {
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run++) {
    before?.(run);
    samples.push(runOnce(args, cwd));
    process.stderr.write(`  ${name} #${run + 1}: ${(samples[run].wallMs / 1000).toFixed(2)} s, ${samples[run].rssMb.toFixed(0)} MB\n`);
  }
  return { wallMs: median(samples.map((s) => s.wallMs)), rssMb: median(samples.map((s) => s.rssMb)), cpuMs: median(samples.map((s) => s.cpuMs)) };
}

const cli = path.join(repo, 'dist', 'src', 'cli', 'main.js');

/** A small deterministic generator (mulberry32): the same mutations on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each file of the tree mutated one of four ways, in turn; the 100 KB lines are pasted from other files. */
function mutateTree(root: string): Record<string, number> {
  const next = random(13);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(?:md|ya?ml)$/.test(entry.name)) files.push(child);
    }
  };
  walk(root);
  const contents = files.map((file) => readFileSync(file));
  const counts: Record<string, number> = { truncated: 0, 'random bytes': 0, 'long line': 0, 'pasted 100 KB line': 0 };
  files.forEach((file, index) => {
    const bytes = contents[index];
    const at = Math.floor(next() * bytes.length);
    const kind = Object.keys(counts)[index % 4];
    counts[kind]++;
    let mutated: Buffer;
    if (kind === 'truncated') mutated = bytes.subarray(0, at);
    else if (kind === 'random bytes') mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(Array.from({ length: 64 }, () => Math.floor(next() * 256))), bytes.subarray(at)]);
    else if (kind === 'long line') mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(`${'word '.repeat(4000)}\n`), bytes.subarray(at)]);
    else {
      let line = '';
      for (let other = index + 1; line.length < 100_000; other++) line += contents[other % contents.length].toString('utf8').replace(/[\r\n]+/g, ' ');
      mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(`${line.slice(0, 100_000)}\n`), bytes.subarray(at)]);
    }
    writeFileSync(file, mutated);
  });
  return counts;
}

if (values.mutated) {
  const plain = mkdtempSync(path.join(tmpdir(), 'docs-lint-bench-plain-'));
  const mutated = mkdtempSync(path.join(tmpdir(), 'docs-lint-bench-mutated-'));
  try {
    const { files } = buildTree(plain);
    cpSync(plain, mutated, { recursive: true });
    const counts = mutateTree(mutated);
    const size = (root: string): number => {
      let bytes = 0;
      const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(path.join(dir, entry.name));
          else bytes += statSync(path.join(dir, entry.name)).size;
        }
      };
      walk(root);
      return bytes / 1024 / 1024;
    };
    const [plainMb, mutatedMb] = [size(plain), size(mutated)];
    const before = measure('unmutated', [cli, '--format', 'json'], plain);
    const after = measure('mutated', [cli, '--format', 'json'], mutated);
    process.stdout.write(
      [
        `${files} files, ${availableParallelism()} cores, Node ${process.version}, median of ${runs} runs, load average ${loadavg()[0].toFixed(1)} at the end`,
        `mutations: ${Object.entries(counts).map(([kind, count]) => `${count} ${kind}`).join(', ')}`,
        '',
        '| tree (size) | wall time | peak RSS | CPU time (all threads) |',
        '| --- | ---: | ---: | ---: |',
        `| unmutated (${plainMb.toFixed(1)} MB) | ${(before.wallMs / 1000).toFixed(2)} s | ${before.rssMb.toFixed(0)} MB | ${(before.cpuMs / 1000).toFixed(2)} s |`,
        `| mutated (${mutatedMb.toFixed(1)} MB) | ${(after.wallMs / 1000).toFixed(2)} s | ${after.rssMb.toFixed(0)} MB | ${(after.cpuMs / 1000).toFixed(2)} s |`,
        '',
        `mutated / unmutated: ${(after.wallMs / before.wallMs).toFixed(2)} (target <= 3); per MB of input: ${(after.wallMs / mutatedMb / (before.wallMs / plainMb)).toFixed(2)}`,
        '',
      ].join('\n'),
    );
  } finally {
    if (values.keep) process.stderr.write(`bench: kept the trees in ${plain} and ${mutated}\n`);
    else {
      rmSync(plain, { recursive: true, force: true });
      rmSync(mutated, { recursive: true, force: true });
    }
    rmSync(rssProbe, { force: true });
  }
  process.exit(0);
}

const tree = mkdtempSync(path.join(tmpdir(), 'docs-lint-bench-'));
try {
  process.stderr.write(`bench: building a tree from ${corpus} in ${tree}\n`);
  const { files, languages } = buildTree(tree);
  const markdownFiles = corpusFiles().filter((f) => f.endsWith('.md')).length * Math.ceil(wantedFiles / corpusFiles().length);
  const cache = path.join(tree, '.docs-lint-cache');
  const changed = ['translations/zh-CN/content', 'translations/ja-JP/content', 'content']
    .map((dir) => path.join(tree, dir))
    .filter((dir) => existsSync(dir))
    .map((dir) => findMarkdown(dir))[0];
  if (!changed) throw new Error('the tree has no page to change');

  const results: [string, Sample][] = [];
  results.push(['1. docs-lint, cold (no cache)', measure('cold', [cli, '--format', 'json'], tree)]);
  rmSync(cache, { force: true, recursive: true });
  runOnce([cli, '--format', 'json', '--cache'], tree);
  results.push(['2. docs-lint, warm (`--cache`, nothing changed)', measure('warm', [cli, '--format', 'json', '--cache'], tree)]);
  results.push([
    `3. docs-lint on one changed file (\`${path.relative(tree, changed)}\`)`,
    measure('one file', [cli, '--format', 'json', path.relative(tree, changed)], tree, (run) => appendFileSync(changed, `\nChanged ${run}.\n`)),
  ]);
  writeFileSync(
    path.join(tree, '.markdownlint-cli2.jsonc'),
    JSON.stringify({ config: { default: true }, gitignore: false, noBanner: true, noProgress: true, ignores: ['node_modules'] }),
  );
  const markdownlint = path.join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  results.push([`4. markdownlint-cli2, default rules, the same ${markdownFiles} Markdown files`, measure('markdownlint-cli2', [markdownlint, '**/*.md'], tree)]);
  const floorArgs = ['--import', 'tsx', path.join(repo, 'scripts', 'parse-floor.ts'), tree];
  results.push(['5. parse floor (read + remark-parse + Liquid tokenizer, one process)', measure('parse floor', floorArgs, repo)]);

  const wall = (i: number): number => results[i][1].wallMs;
  const lines = [
    `${files} files (${languages.length} languages: ${languages.join(', ')}), ${availableParallelism()} cores, Node ${process.version}, median of ${runs} runs, load average ${loadavg()[0].toFixed(1)} at the end`,
    '',
    '| measurement | wall time | peak RSS | CPU time (all threads) |',
    '| --- | ---: | ---: | ---: |',
    ...results.map(([name, sample]) => `| ${name} | ${(sample.wallMs / 1000).toFixed(2)} s | ${sample.rssMb.toFixed(0)} MB | ${(sample.cpuMs / 1000).toFixed(2)} s |`),
    '',
    '| ratio | value | target |',
    '| --- | ---: | ---: |',
    `| 1/4 cold docs-lint / markdownlint-cli2 | ${(wall(0) / wall(3)).toFixed(2)} | <= 0.50 |`,
    `| 1/5 cold docs-lint / parse floor | ${(wall(0) / wall(4)).toFixed(2)} | <= 0.75 |`,
    `| 2/1 warm / cold | ${(wall(1) / wall(0)).toFixed(3)} | <= 0.10 |`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  const extensions = spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', 'parse-floor.ts'), corpus, '--extensions'], { cwd: repo, encoding: 'utf8' });
  process.stdout.write(`\n${extensions.stdout}`);
} finally {
  rmSync(rssProbe, { force: true });
  if (values.keep) process.stderr.write(`bench: kept the tree in ${tree}\n`);
  else rmSync(tree, { recursive: true, force: true });
}

function findMarkdown(dir: string): string | undefined {
  for (const entry of readdirSync(dir).sort()) {
    const child = path.join(dir, entry);
    if (statSync(child).isDirectory()) {
      const found = findMarkdown(child);
      if (found) return found;
    } else if (entry.endsWith('.md')) return child;
  }
  return undefined;
}
