import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { REPOSITORY_URL, ruleDocsUrl } from '../src/project.js';
import { ruleMetas } from './formatters/trees.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

it("package.json's repository and homepage are the REPOSITORY_URL that help links use", () => {
  const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { repository: { url: string }; homepage: string };
  expect(manifest.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
  expect(manifest.homepage).toBe(`${REPOSITORY_URL}#readme`);
});

it('every rule has the docs page its helpUri points at', () => {
  for (const { id } of ruleMetas) {
    const url = ruleDocsUrl(id);
    expect(url.startsWith(`${REPOSITORY_URL}/blob/main/`)).toBe(true);
    expect(existsSync(path.join(repo, url.slice(`${REPOSITORY_URL}/blob/main/`.length))), url).toBe(true);
  }
});
