import type { History } from '../model/history.js';
import type { FileKind, Language, ParsedDocument } from '../model/document.js';
import type { LintSettings } from '../model/settings.js';
import type { Site } from '../model/site.js';
import type { TreeFile } from '../model/layout.js';

export type Severity = 'off' | 'warn' | 'error';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Whether `--fix` can repair what the rule finds. */
  fixable: boolean;
  /**
   * `file`: checks each file on its own (sources too). `translation`: compares a translation with its
   * source, or with its sibling translations when there is no source.
   */
  scope: 'file' | 'translation';
  /** Which kinds of file the rule looks at. */
  kinds: readonly FileKind[];
  /** What the engine must prepare for the rule: `history`, the git history as `context.history`. */
  needs?: readonly 'history'[];
}

/** Another variant of the same page, used as the reference for a comparison. */
export interface Variant {
  lang: Language;
  file: TreeFile;
  doc: ParsedDocument;
}

export interface ReportDescriptor {
  start: number;
  end?: number;
  message: string;
  /**
   * Identifies the defect independently of the language: when the source has a finding of the same
   * rule with the same key, the defect was copied from there and is reported on the source only.
   */
  originKey?: string;
  /**
   * A repair that cannot lose a translator's work: replace `range` (offsets into `ParsedDocument.text`)
   * with `text`. `--fix` applies it; line breaks in `text` are written in the file's own style.
   */
  fix?: Fix;
}

export interface Fix {
  range: [number, number];
  text: string;
}

export interface RuleContext {
  file: TreeFile;
  doc: ParsedDocument;
  /** The English source, when it exists and can be compared with (not for the source itself). */
  source: Variant | null;
  /** The other translations of the same page, when there is no usable source to compare with. */
  siblings: Variant[];
  /** The source, when it shares almost no structure with this translation (it was rewritten). */
  rewrittenSource: Variant | null;
  site: Site;
  /** The git history of the root, for a rule that `needs` it, when the root is in a git work tree; else null. */
  history: History | null;
  /** The rule's options from the config (`"rule-id": ["warn", { ... }]`); `{}` when none are given. */
  options: Readonly<Record<string, unknown>>;
  /** The team's settings (translatable front matter keys, terms that stay untranslated). */
  settings: LintSettings;
  report: (descriptor: ReportDescriptor) => void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
