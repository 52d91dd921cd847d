/**
 * The files read while one file's rules run: what its findings depend on (the findings cache keys them
 * by these files' contents). The engine begins and ends a recording around each file; the site records
 * every file it reads for a rule. Rules never see it.
 */
export declare class ReadRecorder {
    private current;
    /** Starts recording (from the reads of `initial`, when given) and returns the live set. */
    begin(initial?: Iterable<string>): Set<string>;
    end(): void;
    record(path: string): void;
    /** Records many at once (a question whose answer depends on many files). */
    recordAll(paths: Iterable<string>): void;
}
