import { readFileSync } from 'node:fs';
/** docs-lint's version from its package.json (found from dist/src/ when built, from src/ when run from source). */
export function toolVersion() {
    for (const relative of ['../../package.json', '../package.json']) {
        try {
            const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
            if (manifest.name === 'docs-lint' && manifest.version)
                return manifest.version;
        }
        catch {
            // Not there: try the next place.
        }
    }
    return 'unknown';
}
