import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { readTable, RULE_TABLES, withRuleTable } from '../scripts/rule-tables.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('rule tables and pages come from the rules', () => {
  it.each(RULE_TABLES.map((table) => table.file))('%s has the table its rules make (else run `npm run docs:rules`)', (file) => {
    const { current, wanted } = readTable(file);
    expect(wanted, `${file} has no rule-table markers`).not.toBeNull();
    expect(current, `${file}: the rule table is stale; run \`npm run docs:rules\``).toBe(wanted);
  });

  it('notices a stale table: a changed description makes another file', () => {
    const { current } = readTable('README.md');
    const changed = rules.map((rule, i) => (i === 0 ? { ...rule, meta: { ...rule.meta, description: 'Something else' } } : rule));
    const entry = RULE_TABLES.find((table) => table.file === 'README.md');
    expect(withRuleTable(current, entry?.render(changed) ?? '')).not.toBe(current);
  });

  it.each(rules.map((rule) => rule.meta.id))('%s has a docs page with a failing and a passing example, and a test file', (id) => {
    const page = path.join(repo, 'docs/rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toMatch(/^## Failing example$/m);
    expect(text).toMatch(/^## Passing example$/m);
    expect(existsSync(path.join(repo, 'test/rules', `${id}.test.ts`))).toBe(true);
  });
});
