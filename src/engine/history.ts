import { SOURCE_LANGUAGE } from '../model/document.js';
import { openHistory, type GitHistory } from '../model/history.js';
import type { TreeFile } from '../model/layout.js';
import type { Site } from '../model/site.js';

/** The git history of the sources and translations being linted, read once; null (and said with --debug) without git. */
export async function loadHistory(root: string, targets: readonly TreeFile[], site: Site, users: string, debug?: (line: string) => void): Promise<GitHistory | null> {
  const pairs = targets.flatMap((file) => {
    const source = file.lang === SOURCE_LANGUAGE ? null : site.units.get(file.key)?.source;
    return source ? [{ source: source.path, translation: file.path }] : [];
  });
  const opened = await openHistory(root, pairs);
  if (!opened.history) {
    debug?.(`${users}: ${opened.reason}; skipped`);
    return null;
  }
  const { gitCalls, milliseconds, commits } = opened.history.stats;
  debug?.(`${users}: read ${commits} commits of git history in ${milliseconds} ms (${gitCalls} git calls)${opened.history.shallow ? '; the clone is shallow, so older commits are missing' : ''}`);
  return opened.history;
}
