import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The read-only `shared/` folder beside the checkout (DOCS_LINT_SHARED overrides where it is). */
export const shared = process.env.DOCS_LINT_SHARED ?? path.resolve(repo, '../shared');

/** Whether the shared folder is there (tests that only draw samples from it fall back without it). */
export const hasShared = existsSync(path.join(shared, 'seeds'));
