import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { makeFolders } from '../model/folders.js';
/**
 * Bump when the document model, the parsers or the cache's layout change what they hold: every
 * cache of an older format is then thrown away. (The tool version is part of the key too, but a
 * development build keeps its version across such changes.)
 */
export const CACHE_FORMAT_VERSION = 3;
export const DEFAULT_CACHE_LOCATION = '.docs-lint-cache';
const FORMAT = 'docs-lint-cache';
/**
 * What earlier runs worked out, in one v8-serialized file written atomically: the document model of
 * each file by content hash (a file whose bytes did not change is not parsed again, wherever it lives
 * in the tree) and each file's findings with what they depend on (an unchanged file whose inputs did
 * not change is not checked again). A file that is missing, truncated, corrupt or written by another
 * version is ignored and replaced.
 */
export class LintCache {
    location;
    key;
    findingsKey;
    findings;
    modelBytes;
    loadedModels = null;
    usedModels = new Set();
    keptFindings = new Set();
    changed;
    constructor(location, key, findingsKey, findings, modelBytes, wasValid) {
        this.location = location;
        this.key = key;
        this.findingsKey = findingsKey;
        this.findings = findings;
        this.modelBytes = modelBytes;
        // An unreadable or foreign cache file is rewritten even if nothing needs checking.
        this.changed = !wasValid;
    }
    /**
     * Opens the cache at `location` for runs with this tool version and configuration fingerprint.
     * `findingsKey` sums up what findings depend on besides the files their rules read (the tree's
     * listing, the options, the English variables, the git history): under another one, models are
     * reused but every file is checked again.
     */
    static open(location, toolVersion, configFingerprint, findingsKey) {
        const key = `${toolVersion}\u0000${CACHE_FORMAT_VERSION}\u0000${configFingerprint}`;
        const file = readCacheFile(location, key);
        const findings = file && file.findingsKey === findingsKey ? file.findings : new Map();
        return new LintCache(location, key, findingsKey, findings, file?.models ?? null, file !== null);
    }
    getModel(hash) {
        const model = this.models().get(hash);
        if (model)
            this.usedModels.add(hash);
        return model;
    }
    setModel(hash, doc) {
        const model = { ...doc };
        delete model.text;
        delete model.path;
        this.models().set(hash, model);
        this.usedModels.add(hash);
        this.changed = true;
    }
    /** Keeps the model of a file this run read without parsing it (its findings were taken from the cache). */
    keepModel(hash) {
        this.usedModels.add(hash);
    }
    /** The cached findings of a file, if they still stand: `hashOf` gives a path's content hash in this run. */
    findingsOf(relativePath, hashOf) {
        const entry = this.findings.get(relativePath);
        if (!entry || !entry.reads.every(([read, hash]) => hashOf(read) === hash))
            return null;
        this.keptFindings.add(relativePath);
        return entry.messages;
    }
    setFindings(relativePath, entry) {
        this.findings.set(relativePath, entry);
        this.keptFindings.add(relativePath);
        this.changed = true;
    }
    /**
     * Writes the cache when anything changed. After a run over the whole tree only what it used is kept
     * (so the file does not grow with every edit); after a partial run, everything.
     */
    save(wholeTree) {
        if (wholeTree && this.keptFindings.size < this.findings.size) {
            for (const file of this.findings.keys())
                if (!this.keptFindings.has(file))
                    this.findings.delete(file);
            this.changed = true;
        }
        // Models are pruned only when they were loaded anyway: a run that parsed nothing leaves them as they are.
        if (wholeTree && this.loadedModels && this.usedModels.size < this.loadedModels.size) {
            for (const hash of this.loadedModels.keys())
                if (!this.usedModels.has(hash))
                    this.loadedModels.delete(hash);
            this.changed = true;
        }
        if (!this.changed)
            return;
        const content = {
            format: FORMAT,
            key: this.key,
            findingsKey: this.findingsKey,
            findings: this.findings,
            models: this.loadedModels ? serialize(this.loadedModels) : this.modelBytes ?? serialize(new Map()),
        };
        const temporary = `${this.location}.${process.pid}.tmp`;
        try {
            makeFolders(path.dirname(this.location));
            writeFileSync(temporary, serialize(content));
            // Rename is atomic: a concurrent run reads the old cache or the new one, never half of one.
            renameSync(temporary, this.location);
            this.changed = false;
        }
        catch {
            // A cache that cannot be written only costs time in the next run.
            rmSync(temporary, { force: true });
        }
    }
    /** The models, deserialized on first use. */
    models() {
        if (this.loadedModels)
            return this.loadedModels;
        let models = null;
        try {
            models = this.modelBytes ? deserialize(this.modelBytes) : null;
        }
        catch {
            // Corrupt: parse again and rewrite.
        }
        this.modelBytes = null;
        if (!(models instanceof Map)) {
            models = new Map();
            this.changed = true;
        }
        this.loadedModels = models;
        return this.loadedModels;
    }
}
/** Markdown and YAML files are parsed differently: the same bytes under each are different models. */
function readCacheFile(location, key) {
    let bytes;
    try {
        bytes = readFileSync(location);
    }
    catch {
        return null;
    }
    try {
        const content = deserialize(bytes);
        if (content?.format !== FORMAT || content.key !== key || !(content.findings instanceof Map) || !(content.models instanceof Uint8Array) || typeof content.findingsKey !== 'string')
            return null;
        return content;
    }
    catch {
        // Truncated or not a cache at all.
        return null;
    }
}
