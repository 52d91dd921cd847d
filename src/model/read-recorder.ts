/**
 * The files read while one file's rules run: what its findings depend on (the findings cache keys them
 * by these files' contents). The engine begins and ends a recording around each file; the site records
 * every file it reads for a rule. Rules never see it.
 */
export class ReadRecorder {
  private current: Set<string> | null = null;

  /** Starts recording (from the reads of `initial`, when given) and returns the live set. */
  begin(initial: Iterable<string> = []): Set<string> {
    this.current = new Set(initial);
    return this.current;
  }

  end(): void {
    this.current = null;
  }

  record(path: string): void {
    this.current?.add(path);
  }

  /** Records many at once (a question whose answer depends on many files). */
  recordAll(paths: Iterable<string>): void {
    if (this.current) for (const path of paths) this.current.add(path);
  }
}
