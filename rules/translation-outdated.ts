import { type Commit, describeChanges, type History, type ParsedDocument, parseDocument, type Rule, type RuleContext, type Site, SOURCE_LANGUAGE, type TreeFile } from '../src/rule-kit/index.js';

export interface TranslationOutdatedOptions {
  /**
   * The front matter keys in which a translation records the source commit it was made from, the first
   * present one deciding: docs-lint's own `sourceCommit`, and `ms.sourcegitcommit`, which the
   * Microsoft/Crowdin pipelines write into every file they translate.
   */
  sourceCommitKeys: readonly string[];
  /** One key to look for before those (the option's older, single-key form). */
  sourceCommitKey?: string;
}

export const DEFAULT_OPTIONS: TranslationOutdatedOptions = { sourceCommitKeys: ['sourceCommit', 'ms.sourcegitcommit'] };

/** What front matter may hold as a commit id: 4 to 40 (SHA-1) or 64 (SHA-256) hex digits. */
const COMMIT_ID = /^(?:[0-9a-f]{4,40}|[0-9a-f]{64})$/i;

/**
 * A translation whose English source changed after it: from the commit recorded in its front
 * matter, where there is one, else from git history (the source's last commit is newer than the
 * translation's). Silent without git history.
 */
const rule: Rule = {
  meta: {
    id: 'translation-outdated',
    description: 'A translation is not older than its English source (git history, or the source commit it records)',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable', 'variables'],
    needs: ['history'],
  },
  check: (context) => checkTranslationOutdated(context, { ...DEFAULT_OPTIONS, ...(context.options as Partial<typeof DEFAULT_OPTIONS>) }),
};
export default rule;

/** The rule with its options (the seam for configured options). */
export function checkTranslationOutdated({ file, doc, site, history, report }: RuleContext, options: TranslationOutdatedOptions): void {
  const source = site.units.get(file.key)?.source;
  if (file.lang === SOURCE_LANGUAGE || !history || !source) return;
  const keys = options.sourceCommitKey ? [options.sourceCommitKey, ...options.sourceCommitKeys] : options.sourceCommitKeys;
  const recorded = file.kind === 'variables' ? null : recordedCommit(doc, keys);
  if (!recorded) {
    outdatedByHistory(history, file, source, site, report);
    return;
  }
  const key = recorded.key;
  if (!COMMIT_ID.test(recorded.value)) {
    report({ start: recorded.start, end: recorded.end, message: `\`${key}\` must be the id of the source commit this translation was made from (hex digits), not \`${recorded.value}\`.` });
    return;
  }
  const since = history.commit(recorded.value);
  if (!since) {
    // In a shallow clone the commit may just not have been fetched: that is no defect of the file.
    if (!history.shallow) {
      report({
        start: recorded.start,
        end: recorded.end,
        message: `\`${key}\` names commit ${recorded.value}, which is not in this repository, so docs-lint cannot tell whether the English source changed since: record a commit of this repository.`,
      });
    }
    return;
  }
  const later = history.commitsSince(since, source.path);
  const uncommitted = history.lastChange(source.path)?.commit === null;
  if (later.length === 0 && !uncommitted) return;
  const changes = changesSince(history, since, source, site);
  if (changes?.length === 0) return;
  report({ start: 0, message: `${behind(later, since, uncommitted)} commit ${short(since)} (\`${key}\`), which this translation was made from${explain(changes, since, source)}` });
}

/** A stale translation by git history: the source has commits (or uncommitted changes) after the translation's last commit. */
function outdatedByHistory(history: History, file: TreeFile, source: TreeFile, site: Site, report: RuleContext['report']): void {
  const translationChange = history.lastChange(file.path);
  const sourceChange = history.lastChange(source.path);
  // An uncommitted translation is being worked on now: it is the newest thing there is.
  if (!translationChange?.commit || !sourceChange) return;
  const translated = translationChange.commit;
  const later = history.commitsAfter(source.path, translationChange);
  const uncommitted = sourceChange.commit === null;
  if (later.length === 0 && !uncommitted) return;
  const changes = changesSince(history, translated, source, site);
  if (changes?.length === 0) return;
  report({ start: 0, message: `${behind(later, translated, uncommitted)} this translation was last updated (commit ${short(translated)})${explain(changes, translated, source)}` });
}

/** The labels of what changed in the source since a commit; null when the source did not exist then. */
function changesSince(history: History, commit: Commit, source: TreeFile, site: Site): string[] | null {
  const old = history.fileAt(commit, source.path);
  if (!old) return null;
  const then: ParsedDocument = parseDocument(source.path, old);
  return describeChanges(then, site.document(source), (heading) => site.renderText(heading));
}

/** `The English source changed 3 commits (12 days) after` */
function behind(later: readonly Commit[], since: Commit, uncommitted: boolean): string {
  if (later.length === 0) return 'The English source has uncommitted changes made after';
  const commits = `${later.length} commit${later.length === 1 ? '' : 's'}`;
  const days = Math.floor(Math.max(0, later[0].time - since.time) / 86_400);
  const span = days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`;
  return `The English source changed ${commits} (${span})${uncommitted ? ', and has uncommitted changes,' : ''} after`;
}

function explain(changes: readonly string[] | null, since: Commit, source: TreeFile): string {
  const diff = ` \`git diff ${short(since)} -- ${source.path}\` shows the changes.`;
  if (changes === null) return `; the source did not exist at that commit (it was added or moved since).${diff}`;
  const sectionsOnly = changes.every((change) => change.startsWith('"'));
  const kind = /\.ya?ml$/.test(source.path) ? 'changed keys' : sectionsOnly ? 'changed sections' : 'changed';
  return `; ${kind}: ${changes.join(', ')}.${diff}`;
}

function short(commit: Commit): string {
  return commit.hash.slice(0, 7);
}

/**
 * The commit id recorded under the first of `keys` that the front matter has (a top-level key: the dot
 * in `ms.sourcegitcommit` is part of its name), as written: YAML would turn `1234567` into a number.
 */
function recordedCommit(doc: ParsedDocument, keys: readonly string[]): { key: string; value: string; start: number; end: number } | null {
  const data = doc.yaml?.data;
  const key = keys.find((candidate) => typeof data === 'object' && data !== null && Object.hasOwn(data, candidate));
  const position = key === undefined ? undefined : doc.yaml?.positions[key];
  if (key === undefined || !position) return null;
  const raw = doc.text.slice(position.valueStart, position.valueEnd).trim();
  const value = raw.replace(/^(['"])(.*)\1$/s, '$2').trim();
  return value === '' ? null : { key, value, start: position.valueStart, end: position.valueEnd };
}
