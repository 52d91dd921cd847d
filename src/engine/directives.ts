/**
 * Inline directives in Markdown, as HTML comments (which the rendered page does not show):
 * `<!-- docs-lint-disable [ids] -->` … `<!-- docs-lint-enable [ids] -->`,
 * `<!-- docs-lint-disable-next-line [ids] -->` and `<!-- docs-lint-disable-line [ids] -->`.
 * No ids means every rule. Ids may be separated by spaces or commas; `-- reason` after them is ignored.
 * A directive applies only to the findings of the file it is written in.
 */
import { SpanSet } from '../model/span-set.js';
import { bodyStart, locate, type Location, type ParsedDocument, type Span } from '../model/document.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** The rules it names; empty for all rules. */
  ruleIds: string[];
  /** Where the comment starts and ends (1-based lines and columns). */
  from: Location;
  to: Location;
}

/** The rule id of the finding that reports a directive which suppressed nothing. */
export const UNUSED_DISABLE_DIRECTIVE = 'unused-disable-directive';

/**
 * A directive's opening; it runs to the first `-->` after it. (As one regex, `([\s\S]*?)-->` scanned
 * to the end of the file from each opening that has no `-->`.)
 */
const DIRECTIVE_OPENING = /<!--[ \t\r\n]*docs-lint-(disable-next-line|disable-line|disable|enable)(?=[ \t\r\n]|-->)/g;

/** The directives of a Markdown document, in order; comments inside code and front matter are not directives. */
export function findDirectives(doc: ParsedDocument): Directive[] {
  if (!doc.text.includes('docs-lint-') || doc.path.endsWith('.yml') || doc.path.endsWith('.yaml')) return [];
  const from = bodyStart(doc);
  const directives: Directive[] = [];
  const code = new SpanSet(doc.code);
  const opening = new RegExp(DIRECTIVE_OPENING);
  for (let match = opening.exec(doc.text); match; match = opening.exec(doc.text)) {
    const start = match.index;
    const close = doc.text.indexOf('-->', start + match[0].length);
    // No `-->` after this opening: none after a later one either.
    if (close < 0) break;
    const end = close + 3;
    opening.lastIndex = end;
    if (start < from || code.has(start)) continue;
    const ids = doc.text.slice(start + match[0].length, close).split(/\s--(?:\s|$)/)[0];
    directives.push({
      kind: match[1] as DirectiveKind,
      ruleIds: ids.split(/[\s,]+/).filter(Boolean),
      start,
      end,
      from: locate(doc, start),
      to: locate(doc, end),
    });
  }
  return directives;
}

/** Where a finding is, and which rule made it. */
export interface DirectiveTarget {
  ruleId: string;
  line: number;
  column: number;
}

export interface UnusedDirective {
  directive: Directive;
  /** The ids it names that suppressed nothing; empty when it names no ids (and suppressed nothing). */
  ruleIds: string[];
}

export interface DirectiveOutcome<T> {
  kept: T[];
  unused: UnusedDirective[];
}

/**
 * Drops the findings that directives suppress and lists the directives (or the ids of a directive)
 * that suppressed nothing. `target` returns null for a finding no directive may hide.
 */
export function applyDirectives<T>(directives: readonly Directive[], findings: readonly T[], target: (finding: T) => DirectiveTarget | null): DirectiveOutcome<T> {
  if (directives.length === 0) return { kept: [...findings], unused: [] };
  const used = new Map<Directive, Set<string>>(directives.map((directive) => [directive, new Set()]));
  const kept: T[] = [];
  for (const finding of findings) {
    const at = target(finding);
    const by = at ? suppressors(directives, at) : [];
    for (const directive of by) used.get(directive)?.add((at as DirectiveTarget).ruleId);
    if (by.length === 0) kept.push(finding);
  }
  const unused: UnusedDirective[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const usedIds = used.get(directive) as Set<string>;
    if (directive.ruleIds.length === 0) {
      if (usedIds.size === 0) unused.push({ directive, ruleIds: [] });
      continue;
    }
    const idle = [...new Set(directive.ruleIds)].filter((id) => !usedIds.has(id));
    if (idle.length > 0) unused.push({ directive, ruleIds: idle });
  }
  return { kept, unused };
}

/** Every directive that hides a finding: the open `disable` range it is in, and line directives for its line. */
function suppressors(directives: readonly Directive[], at: DirectiveTarget): Directive[] {
  const names = (directive: Directive): boolean => directive.ruleIds.length === 0 || directive.ruleIds.includes(at.ruleId);
  const found: Directive[] = [];
  let range: Directive | null = null;
  for (const directive of directives) {
    if (!names(directive)) continue;
    switch (directive.kind) {
      case 'disable':
      case 'enable':
        if (isBefore(directive.from, at)) range = directive.kind === 'disable' ? directive : null;
        break;
      case 'disable-next-line':
        if (at.line === directive.to.line + 1) found.push(directive);
        break;
      case 'disable-line':
        if (directive.from.line <= at.line && at.line <= directive.to.line) found.push(directive);
        break;
    }
  }
  if (range) found.push(range);
  return found;
}

function isBefore(a: Location, b: Location): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/** The message of an unused directive: what it names that nothing needed, or that a rule does not exist. */
export function describeUnused({ directive, ruleIds }: UnusedDirective, knownRuleIds: ReadonlySet<string>): string {
  const comment = `\`docs-lint-${directive.kind}${directive.ruleIds.length ? ` ${directive.ruleIds.join(' ')}` : ''}\``;
  if (ruleIds.length === 0) return `Unused ${comment} directive: no finding was suppressed by it; remove it.`;
  const unknown = ruleIds.filter((id) => !knownRuleIds.has(id));
  const idle = ruleIds.filter((id) => knownRuleIds.has(id));
  const parts: string[] = [];
  if (idle.length) parts.push(`no ${idle.map((id) => `\`${id}\``).join(', ')} finding was suppressed by it`);
  if (unknown.length) parts.push(`${unknown.map((id) => `\`${id}\``).join(', ')} ${unknown.length === 1 ? 'is not a rule' : 'are not rules'}`);
  return `Unused ${comment} directive: ${parts.join('; ')}; remove ${ruleIds.length === directive.ruleIds.length ? 'it' : 'those ids'}.`;
}
