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
/** A commit id as front matter writes it: 4 to 64 hex digits (and so never a git option). */
const COMMIT_ID = /^[0-9a-f]{4,64}$/i;
/** Reads what the pairs need from the git work tree at `root`, or says why there is no history. */
export async function openHistory(root, pairs) {
    const git = new Git(root);
    let head;
    try {
        head = (await git.run(['rev-parse', '--show-prefix', '--is-shallow-repository', 'HEAD'])).split('\n');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { history: null, reason: 'git is not installed' };
        const stderr = error.stderr ?? '';
        if (/not a git repository/i.test(stderr))
            return { history: null, reason: `${root} is not a git repository` };
        if (/ambiguous argument 'HEAD'|unknown revision/i.test(stderr))
            return { history: null, reason: `${root} is in a git repository without commits` };
        return { history: null, reason: `git cannot read ${root}: ${stderr.trim().split('\n')[0] || error.message}` };
    }
    const [prefix, shallow] = head;
    const history = new GitHistory(git, prefix, shallow === 'true', pairs);
    if (pairs.length === 0)
        return { history, reason: null };
    const scope = history.scope;
    try {
        const [tracked, status] = await Promise.all([git.run(['ls-files', '-z', '--', ...scope]), git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...scope])]);
        history.readStatus(status);
        const trackedPaths = new Set(splitNul(tracked));
        const wanted = new Set();
        for (const { source, translation } of pairs)
            for (const path of [source, translation])
                if (trackedPaths.has(path))
                    wanted.add(path);
        await history.readLog(wanted);
        history.prefetchStaleSources();
    }
    catch (error) {
        return { history: null, reason: `git cannot read the history of ${root}: ${error.message.split('\n')[0]}` };
    }
    return { history, reason: null };
}
/** Runs git in the root, without a shell, with settings that keep its output machine-readable. */
class Git {
    root;
    calls = 0;
    milliseconds = 0;
    constructor(root) {
        this.root = root;
    }
    args(args) {
        return ['-C', this.root, '-c', 'color.ui=false', '-c', 'log.showSignature=false', '-c', 'core.quotePath=false', ...args];
    }
    async run(args) {
        const started = performance.now();
        this.calls++;
        try {
            const { stdout } = await execFileAsync('git', this.args(args), { maxBuffer: 1 << 30, encoding: 'utf8' });
            return stdout;
        }
        finally {
            this.milliseconds += performance.now() - started;
        }
    }
    /** For the few queries rules make while they run (rules are synchronous). */
    runSync(args, input) {
        const started = performance.now();
        this.calls++;
        try {
            return execFileSync('git', this.args(args), { maxBuffer: 1 << 30, input, stdio: ['pipe', 'pipe', 'ignore'] });
        }
        finally {
            this.milliseconds += performance.now() - started;
        }
    }
    /** Streams `git log`, handing each NUL-separated field to `onField`; stops git early when it returns false. */
    stream(args, onField) {
        const started = performance.now();
        this.calls++;
        return new Promise((resolve, reject) => {
            const child = spawn('git', this.args(args), { stdio: ['ignore', 'pipe', 'ignore'] });
            let pending = Buffer.alloc(0);
            let stopped = false;
            child.stdout.on('data', (chunk) => {
                if (stopped)
                    return;
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
                if (!stopped && pending.length)
                    onField(pending.toString('utf8'));
                if (stopped || code === 0)
                    resolve();
                else
                    reject(new Error(`git ${args[0]} exited with code ${String(code)}`));
            });
        });
    }
}
/** The format of each commit in `git log -z`: a marker byte, then hash and committer time. */
const LOG_FORMAT = '--format=%x01%H %ct';
export class GitHistory {
    git;
    prefix;
    shallow;
    pairs;
    commits = [];
    /** Log indexes of the commits that touched each path, newest first. */
    touched = new Map();
    uncommitted = new Set();
    resolved = new Map();
    since = new Map();
    files = new Map();
    sources;
    /** The top folders of the tree that hold the pairs (`content`, `data`, `translations`): what git is asked about. */
    scope;
    constructor(git, 
    /** Where the root is inside the work tree (`docs/`, or empty at the top). */
    prefix, shallow, pairs) {
        this.git = git;
        this.prefix = prefix;
        this.shallow = shallow;
        this.pairs = pairs;
        this.sources = new Set(pairs.map((pair) => pair.source));
        this.scope = [...new Set(pairs.flatMap((pair) => [pair.source, pair.translation]).map((path) => path.split('/')[0]))].map((folder) => `:(literal)${folder}`);
    }
    /**
     * What the answers depend on: the newest commit that touched the tree and the files with uncommitted
     * changes (the contents of those are keyed elsewhere). Equal fingerprints, equal history.
     */
    get fingerprint() {
        return [this.commits[0]?.hash ?? '', String(this.shallow), ...[...this.uncommitted].sort()].join('\u0000');
    }
    get stats() {
        return { gitCalls: this.git.calls, milliseconds: Math.round(this.git.milliseconds), commits: this.commits.length };
    }
    /** Files with uncommitted changes (modified, staged, added or untracked). Status paths are relative to the top. */
    readStatus(output) {
        const fields = splitNul(output);
        for (let i = 0; i < fields.length; i++) {
            const [x, y] = fields[i];
            const path = fields[i].slice(3);
            if (path.startsWith(this.prefix))
                this.uncommitted.add(path.slice(this.prefix.length));
            // A rename or copy is followed by its old path, which is not a change of its own.
            if (x === 'R' || x === 'C' || y === 'R' || y === 'C')
                i++;
        }
    }
    /** Reads the log, newest first, until every wanted path has been seen (all later commits are then known). */
    async readLog(wanted) {
        if (wanted.size === 0)
            return;
        const left = new Set(wanted);
        await this.git.stream(['log', '-z', '--no-renames', '--relative', '--name-only', LOG_FORMAT, 'HEAD', '--', ...this.scope], (field) => {
            if (field.startsWith('\x01')) {
                this.commits.push(parseCommit(field.slice(1)));
                return left.size > 0;
            }
            const path = field.replace(/^\n/, '');
            if (path === '')
                return true;
            const index = this.commits.length - 1;
            let list = this.touched.get(path);
            if (!list)
                this.touched.set(path, (list = []));
            list.push(index);
            left.delete(path);
            return true;
        });
    }
    /** Fetches, in one git call, each stale source as it was at its translation's last commit. */
    prefetchStaleSources() {
        const wanted = [];
        for (const { source, translation } of this.pairs) {
            const sourceChange = this.lastChange(source);
            const translationChange = this.lastChange(translation);
            if (translationChange?.commit && sourceChange && this.commitsAfter(source, translationChange).length + (sourceChange.commit ? 0 : 1) > 0) {
                wanted.push({ commit: translationChange.commit, path: source });
            }
        }
        this.prefetch(wanted);
    }
    lastChange(path) {
        if (this.uncommitted.has(path))
            return { commit: null, index: -1 };
        const index = this.touched.get(path)?.[0];
        return index === undefined ? null : { commit: this.commits[index], index };
    }
    commitsAfter(path, change) {
        const indexes = this.touched.get(path) ?? [];
        return indexes.filter((index) => index < change.index).map((index) => this.commits[index]);
    }
    commit(id) {
        if (!COMMIT_ID.test(id))
            return null;
        let found = this.resolved.get(id);
        if (found === undefined) {
            try {
                found = parseCommit(this.git.runSync(['show', '-s', '--format=%H %ct', `${id}^{commit}`, '--']).toString('utf8').trim());
            }
            catch {
                found = null;
            }
            this.resolved.set(id, found);
        }
        return found;
    }
    commitsSince(since, path) {
        let byPath = this.since.get(since.hash);
        if (!byPath) {
            byPath = new Map();
            this.since.set(since.hash, byPath);
            let current = null;
            const output = this.git.runSync(['log', '-z', '--no-renames', '--relative', '--name-only', LOG_FORMAT, `${since.hash}..HEAD`, '--', ...this.scope]).toString('utf8');
            for (const field of splitNul(output)) {
                if (field.startsWith('\x01'))
                    current = parseCommit(field.slice(1));
                else if (current && field.replace(/^\n/, '')) {
                    const changed = field.replace(/^\n/, '');
                    let list = byPath.get(changed);
                    if (!list)
                        byPath.set(changed, (list = []));
                    list.push(current);
                }
            }
            // The translations made from this commit will ask for their sources as they were then: fetch them together.
            this.prefetch([...byPath.keys()].filter((changed) => this.sources.has(changed)).map((changed) => ({ commit: since, path: changed })));
        }
        return byPath.get(path) ?? [];
    }
    fileAt(commit, path) {
        const key = `${commit.hash}:${path}`;
        if (!this.files.has(key))
            this.prefetch([{ commit, path }]);
        return this.files.get(key) ?? null;
    }
    /** Reads files at commits with one `git cat-file --batch`. */
    prefetch(requests) {
        const todo = requests.filter(({ commit, path }) => !this.files.has(`${commit.hash}:${path}`) && !/[\r\n]/.test(path));
        const unique = [...new Map(todo.map((request) => [`${request.commit.hash}:${request.path}`, request])).values()];
        if (unique.length === 0)
            return;
        const input = unique.map(({ commit, path }) => `${commit.hash}:${this.prefix}${path}\n`).join('');
        let output;
        try {
            output = this.git.runSync(['cat-file', '--batch'], input);
        }
        catch {
            return;
        }
        let at = 0;
        for (const { commit, path } of unique) {
            const headerEnd = output.indexOf(10, at);
            if (headerEnd === -1)
                break;
            // `<oid> <type> <size>` then the content, or `<request> missing` (or `ambiguous`) alone.
            const header = /^[0-9a-f]+ (\w+) (\d+)$/.exec(output.toString('utf8', at, headerEnd));
            at = headerEnd + 1;
            const size = header ? Number(header[2]) : 0;
            this.files.set(`${commit.hash}:${path}`, header?.[1] === 'blob' ? output.subarray(at, at + size) : null);
            if (header)
                at += size + 1;
        }
    }
}
function parseCommit(line) {
    const [hash, time] = line.trim().split(' ');
    return { hash, time: Number(time) };
}
function splitNul(output) {
    return output.split('\0').filter((field) => field !== '');
}
