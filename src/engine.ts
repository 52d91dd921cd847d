import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DocumentStore } from './documents.js';
import { ModelCache } from './model-cache.js';
import { defaultWorkerCount } from './parse-pool.js';
import { filesToPreload } from './preload.js';
import { locate, SOURCE_LANGUAGE, type ParsedDocument } from './model.js';
import type { ReportDescriptor, Rule, RuleContext, Severity, Variant } from './rule.js';
import { Site, type Unit } from './site.js';
import { structuralOverlap } from './structure.js';
import { DEFAULT_LAYOUT, discoverTree, type Layout, type TreeFile } from './tree/layout.js';
import { toolVersion } from './version.js';

export interface LintOptions {
  /** The root of the docs tree. */
  root: string;
  /** Files or folders (relative to `cwd`) that narrow the run; empty: the whole tree. */
  paths?: readonly string[];
  /** Only these translation languages (sources are then not linted themselves). */
  languages?: readonly string[];
  /** Severity by rule id, over the rules' defaults. */
  ruleSeverities?: Readonly<Record<string, Severity>>;
  rules: readonly Rule[];
  layout?: Layout;
  cwd?: string;
  /**
   * Keep document models between runs in this file (absolute, or relative to the root), keyed by
   * content hash: unchanged files are not parsed again. Undefined: no cache.
   */
  cacheLocation?: string;
  /** Identifies the configuration the run uses: a cache written under another one is not used. */
  configFingerprint?: string;
  /** Worker threads that parse; default: one per core. 0 or 1: parse in the main thread. */
  workers?: number;
}

/** One finding, in ESLint's message shape. */
export interface LintMessage {
  ruleId: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The findings of one file, in ESLint's result shape (`filePath` relative to the root). */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export interface LintReport {
  results: LintResult[];
  /** Findings that are docs-lint's own failures (a bug): the CLI exits 2 when there are any. */
  internalErrorCount: number;
  /** Files parsed during the run. */
  parsedFileCount: number;
}

/** A mistake in how docs-lint was called: the CLI prints it as one line and exits 2. */
export class UsageError extends Error {}

export const INTERNAL_ERROR = 'internal-error';

/** Lints a docs tree: each file on its own, then each translation against its source or its siblings. */
export async function lint(options: LintOptions): Promise<LintReport> {
  const root = path.resolve(options.root);
  const layout = options.layout ?? DEFAULT_LAYOUT;
  if (!existsSync(path.join(root, layout.content)) && !existsSync(path.join(root, layout.translations))) {
    throw new UsageError(`${root} has neither a ${layout.content}/ nor a ${layout.translations}/ folder; pass the root of a docs tree with --root.`);
  }
  const severities = resolveSeverities(options.rules, options.ruleSeverities ?? {});
  const activeRules = options.rules.filter((rule) => severities.get(rule.meta.id) !== 'off');

  const tree = await discoverTree(root, layout);
  const cache = options.cacheLocation === undefined ? null : ModelCache.open(path.resolve(root, options.cacheLocation), toolVersion(), options.configFingerprint ?? '');
  const documents = new DocumentStore(root, { cache, workers: options.workers ?? defaultWorkerCount() });
  const site = new Site(tree.files, layout, documents);
  const targets = selectTargets(tree.files, root, options);
  await documents.preload(filesToPreload(site, targets));
  const isTarget = new Set(targets);
  // What each file is compared with, worked out once per file (both rule scopes ask).
  const referenceCache = new Map<TreeFile, Pick<RuleContext, 'source' | 'siblings' | 'rewrittenSource'>>();

  const results = new Map<string, LintResult>();
  let internalErrorCount = 0;
  const resultFor = (file: TreeFile): LintResult => {
    let result = results.get(file.path);
    if (!result) {
      result = { filePath: file.path, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
      results.set(file.path, result);
    }
    return result;
  };
  for (const file of targets) resultFor(file);

  const unitKeys = [...new Set(targets.map((file) => file.key))].sort();
  for (const key of unitKeys) {
    const unit = site.units.get(key) as Unit;
    const sourceFindings = unit.source ? runRules(unit.source, 'file') : [];
    if (unit.source && isTarget.has(unit.source)) emit(unit.source, sourceFindings);
    const copiedFromSource = countOriginKeys(sourceFindings);
    for (const translation of [...unit.translations.values()].sort((a, b) => (a.lang < b.lang ? -1 : 1))) {
      if (!isTarget.has(translation)) continue;
      const fromSource = new Map(copiedFromSource);
      const own = runRules(translation, 'file').filter((finding) => !takeOrigin(fromSource, finding));
      emit(translation, [...own, ...runRules(translation, 'translation')]);
    }
  }

  documents.saveCache(targets.length === tree.files.length);
  for (const result of results.values()) {
    result.messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  }
  return {
    results: [...results.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : 1)),
    internalErrorCount,
    parsedFileCount: documents.parseCount,
  };

  /** What a file is compared with: its source, or (without a usable source) its sibling translations. */
  function referencesOf(file: TreeFile): Pick<RuleContext, 'source' | 'siblings' | 'rewrittenSource'> {
    let found = referenceCache.get(file);
    if (!found) {
      found = findReferences(file);
      referenceCache.set(file, found);
    }
    return found;
  }

  function findReferences(file: TreeFile): Pick<RuleContext, 'source' | 'siblings' | 'rewrittenSource'> {
    const unit = site.units.get(file.key) as Unit;
    if (file.lang === SOURCE_LANGUAGE) return { source: null, siblings: [], rewrittenSource: null };
    let source = unit.source ? variantOf(unit.source) : null;
    let rewrittenSource: Variant | null = null;
    if (source && isRewritten(source.doc, site.document(file))) {
      rewrittenSource = source;
      source = null;
    }
    // A rewritten page is said once (source-rewritten), not compared block by block with anything.
    const siblings = source || rewrittenSource ? [] : [...unit.translations.values()].filter((other) => other !== file).map(variantOf);
    return { source, siblings, rewrittenSource };
  }

  function runRules(file: TreeFile, scope: Rule['meta']['scope']): Finding[] {
    const doc = site.document(file);
    const findings: Finding[] = [];
    const references = referencesOf(file);
    if (scope === 'translation' && !references.source && references.siblings.length === 0 && !references.rewrittenSource) return findings;
    // A file that could not be read at all (binary, unreadable) has its parse-error; comparing it would only repeat that.
    if (scope === 'translation' && doc.text === '' && doc.problems.length > 0) return findings;
    for (const rule of activeRules) {
      if (rule.meta.scope !== scope || !rule.meta.kinds.includes(file.kind)) continue;
      const context: RuleContext = { file, doc, ...references, site, report: (descriptor) => findings.push({ rule, doc, descriptor }) };
      runRule(rule, context, findings, doc);
    }
    return findings;
  }

  function runRule(rule: Rule, context: RuleContext, findings: Finding[], doc: ParsedDocument): void {
    try {
      rule.check(context);
    } catch (error) {
      internalErrorCount++;
      findings.push({
        rule: internalErrorRule,
        doc,
        descriptor: {
          start: 0,
          message: `docs-lint failed inside rule ${rule.meta.id} on this file (${error instanceof Error ? error.message : String(error)}). This is a bug in docs-lint; the other rules still ran.`,
        },
      });
    }
  }

  function variantOf(file: TreeFile): Variant {
    return { lang: file.lang, file, doc: site.document(file) };
  }

  function emit(file: TreeFile, findings: Finding[]): void {
    const result = resultFor(file);
    for (const { rule, doc, descriptor } of onePerSpan(findings, options.rules)) {
      const severity = rule === internalErrorRule ? 'error' : severities.get(rule.meta.id) ?? rule.meta.defaultSeverity;
      const start = locate(doc, descriptor.start);
      const end = locate(doc, descriptor.end ?? descriptor.start);
      result.messages.push({
        ruleId: rule.meta.id,
        severity: severity === 'error' ? 2 : 1,
        message: descriptor.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      });
      if (severity === 'error') {
        result.errorCount++;
        if (rule.meta.fixable) result.fixableErrorCount++;
      } else {
        result.warningCount++;
        if (rule.meta.fixable) result.fixableWarningCount++;
      }
    }
  }
}

interface Finding {
  rule: Rule;
  doc: ParsedDocument;
  descriptor: ReportDescriptor;
}

const internalErrorRule: Rule = {
  meta: { id: INTERNAL_ERROR, description: 'docs-lint itself failed', defaultSeverity: 'error', fixable: false, scope: 'file', kinds: [] },
  check: () => undefined,
};

/** A translation and a source that share under a quarter of their structure: the source was rewritten. */
function isRewritten(source: ParsedDocument, translation: ParsedDocument): boolean {
  const { shared, larger } = structuralOverlap(source, translation);
  return larger >= 8 && shared / larger < 0.25;
}

/**
 * Two rules that flag exactly the same (non-empty) span are describing one defect: keep the finding
 * of the rule that comes first in the rule list.
 */
function onePerSpan(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
  const rank = (finding: Finding): number => rules.indexOf(finding.rule);
  const kept = new Map<string, Finding>();
  const result: Finding[] = [];
  for (const finding of findings) {
    const { start, end = start } = finding.descriptor;
    if (end <= start) {
      result.push(finding);
      continue;
    }
    const span = `${start}:${end}`;
    const other = kept.get(span);
    if (!other || other.rule === finding.rule) {
      if (!other) kept.set(span, finding);
      result.push(finding);
    } else if (rank(finding) < rank(other)) {
      result.splice(result.indexOf(other), 1, finding);
      kept.set(span, finding);
    }
  }
  return result;
}

function countOriginKeys(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { rule, descriptor } of findings) {
    if (descriptor.originKey === undefined) continue;
    const key = `${rule.meta.id}\u0000${descriptor.originKey}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether the source has the same defect (and uses one of its occurrences up). */
function takeOrigin(counts: Map<string, number>, { rule, descriptor }: Finding): boolean {
  if (descriptor.originKey === undefined) return false;
  const key = `${rule.meta.id}\u0000${descriptor.originKey}`;
  const left = counts.get(key) ?? 0;
  if (left <= 0) return false;
  counts.set(key, left - 1);
  return true;
}

function resolveSeverities(rules: readonly Rule[], overrides: Readonly<Record<string, Severity>>): Map<string, Severity> {
  const severities = new Map(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
  for (const [id, severity] of Object.entries(overrides)) {
    if (!severities.has(id)) throw new UsageError(`Unknown rule "${id}". Run docs-lint --help for the list of rules.`);
    severities.set(id, severity);
  }
  return severities;
}

/** The files whose findings are reported: the whole tree, or what the paths and languages select. */
function selectTargets(files: readonly TreeFile[], root: string, options: LintOptions): TreeFile[] {
  const languages = options.languages?.length ? new Set(options.languages) : null;
  const inLanguage = (file: TreeFile): boolean => !languages || languages.has(file.lang);
  const paths = options.paths ?? [];
  if (paths.length === 0) return files.filter(inLanguage);
  const selected = new Set<TreeFile>();
  for (const given of paths) {
    const absolute = path.resolve(options.cwd ?? process.cwd(), given);
    if (!existsSync(absolute)) throw new UsageError(`No such file or folder: ${given}`);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`${given} is outside the root ${root}.`);
    if (statSync(absolute).isDirectory()) {
      const prefix = relative === '' ? '' : `${relative}/`;
      for (const file of files) if (file.path.startsWith(prefix)) selected.add(file);
      continue;
    }
    const file = files.find((candidate) => candidate.path === relative);
    if (!file) throw new UsageError(`${given} is not a page, reusable or variables file of the docs tree.`);
    selected.add(file);
    // A source file stands for all of its translations.
    if (file.lang === SOURCE_LANGUAGE) for (const other of files) if (other.key === file.key) selected.add(other);
  }
  return files.filter((file) => selected.has(file) && inLanguage(file));
}
