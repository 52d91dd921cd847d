/**
 * Writes the rule tables of README.md and docs/rules/README.md from each rule's `meta`, between
 * `<!-- rule-table -->` and `<!-- /rule-table -->`: adding a rule is one file in `rules/`, one page in
 * `docs/rules/`, one test. `test/rule-tables.test.ts` fails when a table is stale.
 *
 *   npx tsx scripts/rule-tables.ts          rewrite the tables
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import type { Rule } from '../src/rule-kit/rule.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- rule-table -->';
const END = '<!-- /rule-table -->';

/** Each table's file and how it renders the rules (links relative to the file). */
export const RULE_TABLES: readonly { file: string; render: (list: readonly Rule[]) => string }[] = [
  {
    file: 'README.md',
    render: (list) => table(['rule', 'default', 'fixable', 'what it checks'], list, (rule) => [`[${rule.meta.id}](docs/rules/${rule.meta.id}.md)`]),
  },
  {
    file: 'docs/rules/README.md',
    render: (list) => table(['Rule', 'Default severity', 'Fixable', 'Description'], list, (rule) => [`[${rule.meta.id}](${rule.meta.id}.md)`]),
  },
];

function table(header: readonly string[], list: readonly Rule[], link: (rule: Rule) => string[]): string {
  const rows = list.map((rule) => [...link(rule), rule.meta.defaultSeverity, rule.meta.fixable ? 'yes' : 'no', rule.meta.description.replaceAll('|', '\\|')]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The file's text with its table replaced; null when the file has no table markers. */
export function withRuleTable(text: string, render: string): string | null {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  if (start < 0 || end < 0) return null;
  return `${text.slice(0, start + START.length)}\n${render}\n${text.slice(end)}`;
}

export function readTable(file: string): { current: string; wanted: string | null } {
  const entry = RULE_TABLES.find((candidate) => candidate.file === file);
  if (!entry) throw new Error(`No rule table in ${file}`);
  const current = readFileSync(path.join(repo, file), 'utf8');
  return { current, wanted: withRuleTable(current, entry.render(rules)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const { file } of RULE_TABLES) {
    const { current, wanted } = readTable(file);
    if (wanted === null) {
      console.error(`${file}: no ${START} … ${END} markers`);
      process.exitCode = 1;
    } else if (wanted !== current) {
      writeFileSync(path.join(repo, file), wanted);
      console.log(`${file}: rule table rewritten`);
    }
  }
}
