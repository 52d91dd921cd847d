export interface Commit {
    hash: string;
    /** Committer time, in seconds since the epoch. */
    time: number;
}
/** The last change of a file: a commit (with its position in the log, 0 being the newest), or uncommitted. */
export type Change = {
    commit: Commit;
    index: number;
} | {
    commit: null;
    index: -1;
};
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
export type OpenHistoryResult = {
    history: GitHistory;
    reason: null;
} | {
    history: null;
    reason: string;
};
/** Reads what the pairs need from the git work tree at `root`, or says why there is no history. */
export declare function openHistory(root: string, pairs: readonly HistoryPair[]): Promise<OpenHistoryResult>;
/** Runs git in the root, without a shell, with settings that keep its output machine-readable. */
declare class Git {
    readonly root: string;
    calls: number;
    milliseconds: number;
    constructor(root: string);
    private args;
    run(args: readonly string[]): Promise<string>;
    /** For the few queries rules make while they run (rules are synchronous). */
    runSync(args: readonly string[], input?: string): Buffer;
    /** Streams `git log`, handing each NUL-separated field to `onField`; stops git early when it returns false. */
    stream(args: readonly string[], onField: (field: string) => boolean): Promise<void>;
}
export declare class GitHistory implements History {
    private readonly git;
    /** Where the root is inside the work tree (`docs/`, or empty at the top). */
    private readonly prefix;
    readonly shallow: boolean;
    private readonly pairs;
    private readonly commits;
    /** Log indexes of the commits that touched each path, newest first. */
    private readonly touched;
    private readonly uncommitted;
    private readonly resolved;
    private readonly since;
    private readonly files;
    private readonly sources;
    /** The top folders of the tree that hold the pairs (`content`, `data`, `translations`): what git is asked about. */
    readonly scope: string[];
    constructor(git: Git, 
    /** Where the root is inside the work tree (`docs/`, or empty at the top). */
    prefix: string, shallow: boolean, pairs: readonly HistoryPair[]);
    /**
     * What the answers depend on: the newest commit that touched the tree and the files with uncommitted
     * changes (the contents of those are keyed elsewhere). Equal fingerprints, equal history.
     */
    get fingerprint(): string;
    get stats(): HistoryStats;
    /** Files with uncommitted changes (modified, staged, added or untracked). Status paths are relative to the top. */
    readStatus(output: string): void;
    /** Reads the log, newest first, until every wanted path has been seen (all later commits are then known). */
    readLog(wanted: Set<string>): Promise<void>;
    /** Fetches, in one git call, each stale source as it was at its translation's last commit. */
    prefetchStaleSources(): void;
    lastChange(path: string): Change | null;
    commitsAfter(path: string, change: Change): Commit[];
    commit(id: string): Commit | null;
    commitsSince(since: Commit, path: string): Commit[];
    fileAt(commit: Commit, path: string): Uint8Array | null;
    /** Reads files at commits with one `git cat-file --batch`. */
    private prefetch;
}
export {};
