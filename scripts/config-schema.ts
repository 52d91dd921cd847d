/**
 * Writes docs/docs-lint.config.schema.json, the JSON Schema of docs-lint.config.json, generated from
 * the zod schema in src/config/config.ts (`npm run schema`; a test fails when the committed file is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { configJsonSchema } from '../src/config/config.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../docs/docs-lint.config.schema.json', import.meta.url));

export function renderConfigSchema(): string {
  return `${JSON.stringify(configJsonSchema(rules.map((rule) => rule.meta)), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, renderConfigSchema());
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}
