/**
 * The git history of a docs tree, read with few git processes however many files the tree has:
 * one `git log --name-only` for the whole root gives every file's last commit, one `git status` its
 * uncommitted changes, and one `git cat-file --batch` the old sources that stale translations were
 * made from. Queries about a particular commit (a translation's recorded source commit) cost a
 * `git show`, a `git log` and a `git cat-file` per distinct commit, not per file.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface Commit {
  hash: string;
  /** Committer time, in seconds since the epoch. */
  time: number;
}

/** The last change of a file: a commit (with its position in the log, 0 being the newest), or uncommitted. */
export type Change = { commit: Commit; index: number } | { commit: null; index: -1 };

/** A source and its translation: the history of both is read, and the old source prefetched when it is stale. */
export interface HistoryPair {
  source: string;
  translation: string;
}

/** What rules may ask about the history of the tree. Paths are relative to the root, `/`-separated. */
export interface History {
  /** Whether the clone is shallow: older commits are missing, so a commit id may be unknown for that reason. */
  readonly shallow: boolean;
  /** The last change of a file; null when git does not know it (ignored, or outside the work tree). */
  lastChange(path: string): Change | null;
  /** The commits that touched `path` after `change` (an earlier change of another file), newest first. */
  commitsAfter(path: string, change: Change): Commit[];
  /** A commit by (abbreviated) id; null when the repository has no such commit. */
  commit(id: string): Commit | null;
  /** The commits that touched `path` since `since` (reachable from HEAD, not from `since`), newest first. */
  commitsSince(since: Commit, path: string): Commit[];
  /** The bytes of a file at a commit; null when it did not exist there. */
  fileAt(commit: Commit, path: string): Uint8Array | null;
}

export interface HistoryStats {
  gitCalls: number;
  milliseconds: number;
  commits: number;
}

export type OpenHistoryResult = { history: GitHistory; reason: null } | { history: null; reason: string };

/** A commit id as front matter writes it: 4 to 64 hex digits (and so never a git option). */
const COMMIT_ID = /^[0-9a-f]{4,64}$/i;

/** Reads what the pairs need from the git work tree at `root`, or says why there is no history. */
export async function openHistory(root: string, pairs: readonly HistoryPair[]): Promise<OpenHistoryResult> {
  const git = new Git(root);
  let head: string[];
  try {
    head = (await git.run(['rev-parse', '--show-prefix', '--is-shallow-repository', 'HEAD'])).split('\n');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { history: null, reason: 'git is not installed' };
    const stderr = (error as { stderr?: string }).stderr ?? '';
    if (/not a git repository/i.test(stderr)) return { history: null, reason: `${root} is not a git repository` };
    if (/ambiguous argument 'HEAD'|unknown revision/i.test(stderr)) return { history: null, reason: `${root} is in a git repository without commits` };
    return { history: null, reason: `git cannot read ${root}: ${stderr.trim().split('\n')[0] || (error as Error).message}` };
  }
  const [prefix, shallow] = head;
  const history = new GitHistory(git, prefix, shallow === 'true', pairs);
  if (pairs.length === 0) return { history, reason: null };
  const scope = history.scope;
  try {
    const [tracked, status] = await Promise.all([git.run(['ls-files', '-z', '--', ...scope]), git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...scope])]);
    history.readStatus(status);
    const trackedPaths = new Set(splitNul(tracked));
    const wanted = new Set<string>();
    for (const { source, translation } of pairs) for (const path of [source, translation]) if (trackedPaths.has(path)) wanted.add(path);
    await history.readLog(wanted);
    history.prefetchStaleSources();
  } catch (error) {
    return { history: null, reason: `git cannot read the history of ${root}: ${(error as Error).message.split('\n')[0]}` };
  }
  return { history, reason: null };
}

/** Runs git in the root, without a shell, with settings that keep its output machine-readable. */
class Git {
  calls = 0;
  milliseconds = 0;
  constructor(readonly root: string) {}

  private args(args: readonly string[]): string[] {
    return ['-C', this.root, '-c', 'color.ui=false', '-c', 'log.showSignature=false', '-c', 'core.quotePath=false', ...args];
  }

  async run(args: readonly string[]): Promise<string> {
    const started = performance.now();
    this.calls++;
    try {
      const { stdout } = await execFileAsync('git', this.args(args), { maxBuffer: 1 << 30, encoding: 'utf8' });
      return stdout;
    } finally {
      this.milliseconds += performance.now() - started;
    }
  }

  /** For the few queries rules make while they run (rules are synchronous). */
  runSync(args: readonly string[], input?: string): Buffer {
    const started = performance.now();
    this.calls++;
    try {
      return execFileSync('git', this.args(args), { maxBuffer: 1 << 30, input, stdio: ['pipe', 'pipe', 'ignore'] });
    } finally {
      this.milliseconds += performance.now() - started;
    }
  }

  /** Streams `git log`, handing each NUL-separated field to `onField`; stops git early when it returns false. */
  stream(args: readonly string[], onField: (field: string) => boolean): Promise<void> {
    const started = performance.now();
    this.calls++;
    return new Promise((resolve, reject) => {
      const child = spawn('git', this.args(args), { stdio: ['ignore', 'pipe', 'ignore'] });
      let pending: Buffer = Buffer.alloc(0);
      let stopped = false;
      child.stdout.on('data', (chunk: Buffer) => {
        if (stopped) return;
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        let from = 0;
        for (let nul = pending.indexOf(0, from); nul !== -1; nul = pending.indexOf(0, from)) {
          const field = pending.toString('utf8', from, nul);
          from = nul + 1;
          if (!onField(field)) {
            stopped = true;
            child.kill();
            return;
          }
        }
        pending = pending.subarray(from);
      });
      child.on('error', reject);
      child.on('close', (code) => {
        this.milliseconds += performance.now() - started;
        if (!stopped && pending.length) onField(pending.toString('utf8'));
        if (stopped || code === 0) resolve();
        else reject(new Error(`git ${args[0]} exited with code ${String(code)}`));
      });
    });
  }
}

/** The format of each commit in `git log -z`: a marker byte, then hash and committer time. */
const LOG_FORMAT = '--format=%x01%H %ct';

export class GitHistory implements History {
  private readonly commits: Commit[] = [];
  /** Log indexes of the commits that touched each path, newest first. */
  private readonly touched = new Map<string, number[]>();
  private readonly uncommitted = new Set<string>();
  private readonly resolved = new Map<string, Commit | null>();
  private readonly since = new Map<string, Map<string, Commit[]>>();
  private readonly files = new Map<string, Uint8Array | null>();
  private readonly sources: ReadonlySet<string>;
  /** The top folders of the tree that hold the pairs (`content`, `data`, `translations`): what git is asked about. */
  readonly scope: string[];

  constructor(
    private readonly git: Git,
    /** Where the root is inside the work tree (`docs/`, or empty at the top). */
    private readonly prefix: string,
    readonly shallow: boolean,
    private readonly pairs: readonly HistoryPair[],
  ) {
    this.sources = new Set(pairs.map((pair) => pair.source));
    this.scope = [...new Set(pairs.flatMap((pair) => [pair.source, pair.translation]).map((path) => path.split('/')[0]))].map((folder) => `:(literal)${folder}`);
  }

  /**
   * What the answers depend on: the newest commit that touched the tree and the files with uncommitted
   * changes (the contents of those are keyed elsewhere). Equal fingerprints, equal history.
   */
  get fingerprint(): string {
    return [this.commits[0]?.hash ?? '', String(this.shallow), ...[...this.uncommitted].sort()].join('\u0000');
  }

  get stats(): HistoryStats {
    return { gitCalls: this.git.calls, milliseconds: Math.round(this.git.milliseconds), commits: this.commits.length };
  }

  /** Files with uncommitted changes (modified, staged, added or untracked). Status paths are relative to the top. */
  readStatus(output: string): void {
    const fields = splitNul(output);
    for (let i = 0; i < fields.length; i++) {
      const [x, y] = fields[i];
      const path = fields[i].slice(3);
      if (path.startsWith(this.prefix)) this.uncommitted.add(path.slice(this.prefix.length));
      // A rename or copy is followed by its old path, which is not a change of its own.
      if (x === 'R' || x === 'C' || y === 'R' || y === 'C') i++;
    }
  }

  /** Reads the log, newest first, until every wanted path has been seen (all later commits are then known). */
  async readLog(wanted: Set<string>): Promise<void> {
    if (wanted.size === 0) return;
    const left = new Set(wanted);
    await this.git.stream(['log', '-z', '--no-renames', '--relative', '--name-only', LOG_FORMAT, 'HEAD', '--', ...this.scope], (field) => {
      if (field.startsWith('\x01')) {
        this.commits.push(parseCommit(field.slice(1)));
        return left.size > 0;
      }
      const path = field.replace(/^\n/, '');
      if (path === '') return true;
      const index = this.commits.length - 1;
      let list = this.touched.get(path);
      if (!list) this.touched.set(path, (list = []));
      list.push(index);
      left.delete(path);
      return true;
    });
  }

  /** Fetches, in one git call, each stale source as it was at its translation's last commit. */
  prefetchStaleSources(): void {
    const wanted: { commit: Commit; path: string }[] = [];
    for (const { source, translation } of this.pairs) {
      const sourceChange = this.lastChange(source);
      const translationChange = this.lastChange(translation);
      if (translationChange?.commit && sourceChange && this.commitsAfter(source, translationChange).length + (sourceChange.commit ? 0 : 1) > 0) {
        wanted.push({ commit: translationChange.commit, path: source });
      }
    }
    this.prefetch(wanted);
  }

  lastChange(path: string): Change | null {
    if (this.uncommitted.has(path)) return { commit: null, index: -1 };
    const index = this.touched.get(path)?.[0];
    return index === undefined ? null : { commit: this.commits[index], index };
  }

  commitsAfter(path: string, change: Change): Commit[] {
    const indexes = this.touched.get(path) ?? [];
    return indexes.filter((index) => index < change.index).map((index) => this.commits[index]);
  }

  commit(id: string): Commit | null {
    if (!COMMIT_ID.test(id)) return null;
    let found = this.resolved.get(id);
    if (found === undefined) {
      try {
        found = parseCommit(this.git.runSync(['show', '-s', '--format=%H %ct', `${id}^{commit}`, '--']).toString('utf8').trim());
      } catch {
        found = null;
      }
      this.resolved.set(id, found);
    }
    return found;
  }

  commitsSince(since: Commit, path: string): Commit[] {
    let byPath = this.since.get(since.hash);
    if (!byPath) {
      byPath = new Map();
      this.since.set(since.hash, byPath);
      let current: Commit | null = null;
      const output = this.git.runSync(['log', '-z', '--no-renames', '--relative', '--name-only', LOG_FORMAT, `${since.hash}..HEAD`, '--', ...this.scope]).toString('utf8');
      for (const field of splitNul(output)) {
        if (field.startsWith('\x01')) current = parseCommit(field.slice(1));
        else if (current && field.replace(/^\n/, '')) {
          const changed = field.replace(/^\n/, '');
          let list = byPath.get(changed);
          if (!list) byPath.set(changed, (list = []));
          list.push(current);
        }
      }
      // The translations made from this commit will ask for their sources as they were then: fetch them together.
      this.prefetch([...byPath.keys()].filter((changed) => this.sources.has(changed)).map((changed) => ({ commit: since, path: changed })));
    }
    return byPath.get(path) ?? [];
  }

  fileAt(commit: Commit, path: string): Uint8Array | null {
    const key = `${commit.hash}:${path}`;
    if (!this.files.has(key)) this.prefetch([{ commit, path }]);
    return this.files.get(key) ?? null;
  }

  /** Reads files at commits with one `git cat-file --batch`. */
  private prefetch(requests: readonly { commit: Commit; path: string }[]): void {
    const todo = requests.filter(({ commit, path }) => !this.files.has(`${commit.hash}:${path}`) && !/[\r\n]/.test(path));
    const unique = [...new Map(todo.map((request) => [`${request.commit.hash}:${request.path}`, request])).values()];
    if (unique.length === 0) return;
    const input = unique.map(({ commit, path }) => `${commit.hash}:${this.prefix}${path}\n`).join('');
    let output: Buffer;
    try {
      output = this.git.runSync(['cat-file', '--batch'], input);
    } catch {
      return;
    }
    let at = 0;
    for (const { commit, path } of unique) {
      const headerEnd = output.indexOf(10, at);
      if (headerEnd === -1) break;
      // `<oid> <type> <size>` then the content, or `<request> missing` (or `ambiguous`) alone.
      const header = /^[0-9a-f]+ (\w+) (\d+)$/.exec(output.toString('utf8', at, headerEnd));
      at = headerEnd + 1;
      const size = header ? Number(header[2]) : 0;
      this.files.set(`${commit.hash}:${path}`, header?.[1] === 'blob' ? output.subarray(at, at + size) : null);
      if (header) at += size + 1;
    }
  }
}

function parseCommit(line: string): Commit {
  const [hash, time] = line.trim().split(' ');
  return { hash, time: Number(time) };
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((field) => field !== '');
}
