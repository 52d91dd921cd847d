import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
/**
 * Creates a folder and the missing folders above it, one at a time. Node's `mkdirSync(…, { recursive:
 * true })` loops forever where a parent refuses new folders with ENOENT (under `/proc`, say); here the
 * first refusal throws.
 */
export function makeFolders(folder) {
    const missing = [];
    for (let at = path.resolve(folder); !existsSync(at); at = path.dirname(at)) {
        missing.push(at);
        if (path.dirname(at) === at)
            break;
    }
    for (const at of missing.reverse())
        mkdirSync(at);
}
