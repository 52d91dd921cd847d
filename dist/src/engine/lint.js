import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import picomatch from 'picomatch';
import { applyDirectives, describeUnused, findDirectives, UNUSED_DISABLE_DIRECTIVE } from './directives.js';
import { DocumentStore } from './documents.js';
import { UsageError } from '../results.js';
import { findingContext } from './finding-context.js';
import { LintCache } from './cache.js';
import { defaultWorkerCount } from '../parse/pool.js';
import { filesToPreload } from './preload.js';
import { isUnreadable, locate, SOURCE_LANGUAGE } from '../model/document.js';
import { buildVocabulary } from '../parse/liquid-vocabulary.js';
import { RuleSettingsResolver, UnknownRuleError } from '../config/rule-settings.js';
import { DEFAULT_SETTINGS } from '../model/settings.js';
import { ReadRecorder } from '../model/read-recorder.js';
import { Site } from '../model/site.js';
import { loadHistory } from './history.js';
import { ReferenceFinder } from './references.js';
import { selectsFolder, selectTargets } from './targets.js';
import { countOriginKeys, onePerSpan, takeOrigin } from './findings.js';
import { DEFAULT_LAYOUT, discoverTree } from '../model/layout.js';
import { toolVersion } from '../version.js';
export { UsageError } from '../results.js';
export const INTERNAL_ERROR = 'internal-error';
/** Lints a docs tree: each file on its own, then each translation against its source or its siblings. */
export async function lint(options) {
    const root = path.resolve(options.root);
    const layout = options.layout ?? DEFAULT_LAYOUT;
    if (!existsSync(path.join(root, layout.content)) && !existsSync(path.join(root, layout.translations))) {
        throw new UsageError(`${root} has neither a ${layout.content}/ nor a ${layout.translations}/ folder; pass the root of a docs tree with --root.`);
    }
    const ruleSettings = resolveRuleSettings(options);
    const settings = { ...DEFAULT_SETTINGS, ...options.settings };
    const knownRuleIds = new Set(options.rules.map((rule) => rule.meta.id));
    const reportUnused = options.reportUnusedDisableDirectives ?? 'off';
    const tree = await discoverTree(root, layout);
    const documents = new DocumentStore(root, {
        parse: options.liquidBlockTags?.length ? { vocabulary: buildVocabulary(options.liquidBlockTags) } : {},
        maxFileSize: options.maxFileSize,
        workers: options.workers ?? defaultWorkerCount(),
    });
    const reads = new ReadRecorder();
    const site = new Site(tree.files, layout, documents, reads);
    const isIgnored = options.ignore?.length ? picomatch([...options.ignore]) : () => false;
    const targets = selectTargets(tree.files, root, options).filter((file) => !isIgnored(file.path));
    const isTarget = new Set(targets);
    const historyRules = new Set();
    for (const file of targets)
        for (const rule of ruleSettings.forFile(file).active)
            if (rule.meta.needs?.includes('history'))
                historyRules.add(rule.meta.id);
    const historyUsers = [...historyRules].join(', ');
    const history = historyUsers ? await loadHistory(root, targets, site, historyUsers, options.debug) : null;
    // With a cache, a file whose findings were worked out from the same inputs before keeps them unchecked.
    const cache = options.cacheLocation === undefined
        ? null
        : LintCache.open(path.resolve(root, options.cacheLocation), toolVersion(), options.configFingerprint ?? '', findingsKey(options, tree.files, documents, history));
    documents.useCache(cache);
    const cachedMessages = new Map();
    if (cache) {
        for (const file of targets) {
            const messages = cache.findingsOf(file.path, (relative) => documents.contentHash(relative));
            if (messages)
                cachedMessages.set(file, messages);
        }
    }
    // Parsing goes on in worker threads while the main thread checks the pages whose files are in.
    const loading = documents.preload(loadingOrder(filesToPreload(site, targets.filter((file) => !cachedMessages.has(file)))));
    // Its failure (a bug) is thrown where it is awaited, at the end; not as an unhandled rejection before.
    loading.catch(() => undefined);
    let lastYield = performance.now();
    // Rules read English files across pages (link targets, variables, reusables): those come first.
    await documents.ready(tree.files.filter((file) => file.lang === SOURCE_LANGUAGE).map((file) => file.path));
    // What each file is compared with, worked out once per file (both rule scopes ask).
    const referenceFinder = new ReferenceFinder(site);
    const results = new Map();
    let internalErrorCount = 0;
    const resultFor = (file) => {
        let result = results.get(file.path);
        if (!result) {
            result = { filePath: file.path, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
            results.set(file.path, result);
        }
        return result;
    };
    for (const file of targets)
        resultFor(file);
    for (const folder of tree.unreadable) {
        const parseError = ruleSettings.forFile({ path: folder.path, lang: SOURCE_LANGUAGE }).active.find((rule) => rule.meta.id === 'parse-error');
        if (!parseError || !selectsFolder(folder.path, root, options))
            continue;
        const severity = ruleSettings.forFile({ path: folder.path, lang: SOURCE_LANGUAGE }).severity(parseError);
        results.set(folder.path, unreadableFolderResult(folder.path, folder.message, severity === 'off' ? 'error' : severity));
    }
    const unitKeys = [...new Set(targets.map((file) => file.key))].sort();
    for (const key of unitKeys) {
        const unit = site.units.get(key);
        const translations = [...unit.translations.values()].filter((file) => isTarget.has(file)).sort((a, b) => (a.lang < b.lang ? -1 : 1));
        const sourceIsTarget = unit.source !== null && isTarget.has(unit.source);
        // The source's findings are needed to check it, and to drop what its translations copied from it.
        const checksSource = (sourceIsTarget && !cachedMessages.has(unit.source)) || translations.some((file) => !cachedMessages.has(file));
        if (checksSource)
            await documents.ready([...(unit.source ? [unit.source] : []), ...unit.translations.values()].map((file) => file.path));
        // Let the workers' finished batches in (and the next ones out) while pages are checked.
        if (performance.now() - lastYield > 20) {
            await new Promise(setImmediate);
            lastYield = performance.now();
        }
        const sourceReads = reads.begin();
        const sourceFindings = unit.source && checksSource ? runRules(unit.source, 'file') : [];
        if (unit.source && sourceIsTarget) {
            const cached = cachedMessages.get(unit.source);
            if (cached)
                addMessages(resultFor(unit.source), cached);
            else
                remember(unit.source, emit(unit.source, sourceFindings), sourceReads);
        }
        const copiedFromSource = countOriginKeys(sourceFindings);
        for (const translation of translations) {
            const cached = cachedMessages.get(translation);
            if (cached) {
                addMessages(resultFor(translation), cached);
                continue;
            }
            const translationReads = reads.begin(sourceReads);
            const fromSource = new Map(copiedFromSource);
            const own = runRules(translation, 'file').filter((finding) => !takeOrigin(fromSource, finding));
            remember(translation, emit(translation, [...own, ...runRules(translation, 'translation')]), translationReads);
        }
        reads.end();
        // A translated page is read only while its own page is checked: forget it, so memory does not grow with the site.
        for (const translation of unit.translations.values()) {
            if (translation.kind !== 'page')
                continue;
            referenceFinder.forget(translation);
            documents.release(translation.path);
        }
    }
    await loading;
    if (history)
        options.debug?.(`${historyUsers}: ${history.stats.gitCalls} git calls in ${history.stats.milliseconds} ms in all`);
    if (cache)
        options.debug?.(`cache: findings of ${cachedMessages.size} of ${targets.length} files reused; ${documents.parseCount} files parsed`);
    documents.saveCache(targets.length === tree.files.length);
    for (const result of results.values()) {
        result.messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    }
    return {
        results: [...results.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : 1)),
        internalErrorCount,
        parsedFileCount: documents.parseCount,
        reusedFileCount: cachedMessages.size,
    };
    function runRules(file, scope) {
        const doc = site.document(file);
        const findings = [];
        let references;
        try {
            references = referenceFinder.of(file);
        }
        catch (error) {
            // Finding what to compare with failed (a bug): say so on this file, and check the others.
            if (scope === 'translation')
                return findings;
            internalErrorCount++;
            const message = `docs-lint failed comparing ${doc.path} with its source (${error instanceof Error ? error.message : String(error)}). This is a bug in docs-lint; the other files were still checked.`;
            findings.push({ rule: internalErrorRule, doc, descriptor: { start: 0, message } });
            return findings;
        }
        if (scope === 'translation' && !references.source && references.siblings.length === 0 && !references.rewrittenSource)
            return findings;
        // A file that could not be read at all (binary, unreadable) has its parse-error; comparing it would only repeat that.
        if (scope === 'translation' && isUnreadable(doc))
            return findings;
        const fileRules = ruleSettings.forFile(file);
        // A file that could not be read has its parse-error and nothing else to say.
        const unreadable = isUnreadable(doc);
        for (const rule of fileRules.active) {
            if (rule.meta.scope !== scope || !rule.meta.kinds.includes(file.kind))
                continue;
            if (unreadable && rule.meta.id !== 'parse-error')
                continue;
            const context = { file, doc, ...references, site, history: rule.meta.needs?.includes('history') ? history : null, options: fileRules.options(rule), settings, report: (descriptor) => findings.push({ rule, doc, descriptor }) };
            runRule(rule, context, findings, doc);
        }
        return findings;
    }
    function runRule(rule, context, findings, doc) {
        const started = options.onRuleTime ? performance.now() : 0;
        try {
            rule.check(context);
            options.onRuleTime?.(rule.meta.id, performance.now() - started);
        }
        catch (error) {
            internalErrorCount++;
            findings.push({
                rule: internalErrorRule,
                doc,
                descriptor: {
                    start: 0,
                    message: `docs-lint failed inside rule ${rule.meta.id} on ${doc.path} (${error instanceof Error ? error.message : String(error)}). This is a bug in docs-lint; the other rules still ran.`,
                },
            });
        }
    }
    /** Keeps a file's findings in the cache with the contents they were worked out from (not docs-lint's own failures). */
    function remember(file, messages, reads) {
        if (!cache || messages.some((message) => message.ruleId === INTERNAL_ERROR))
            return;
        cache.setFindings(file.path, { reads: [...reads].sort().map((read) => [read, documents.contentHash(read)]), messages });
    }
    /** Reports a file's findings (directives applied) and returns its messages. */
    function emit(file, findings) {
        const result = resultFor(file);
        const fileRules = ruleSettings.forFile(file);
        const located = onePerSpan(findings, options.rules).map(({ rule, doc, descriptor }) => {
            const severity = rule === internalErrorRule ? 'error' : fileRules.severity(rule);
            const start = locate(doc, descriptor.start);
            const end = locate(doc, descriptor.end ?? descriptor.start);
            return {
                ruleId: rule.meta.id,
                severity: severity === 'error' ? 2 : 1,
                message: descriptor.message,
                line: start.line,
                column: start.column,
                endLine: end.line,
                endColumn: end.column,
                context: findingContext(doc, descriptor.start, descriptor.end ?? descriptor.start),
                ...(descriptor.fix && { fix: descriptor.fix }),
            };
        });
        // Directives hide findings of the file they are written in; docs-lint's own failures are never hidden.
        const doc = site.document(file);
        const { kept, unused } = applyDirectives(findDirectives(doc), located, (message) => (message.ruleId === INTERNAL_ERROR ? null : message));
        if (reportUnused !== 'off') {
            for (const directive of unused) {
                const start = directive.directive.from;
                const end = directive.directive.to;
                const message = describeUnused(directive, knownRuleIds);
                const severity = reportUnused === 'error' ? 2 : 1;
                kept.push({ ruleId: UNUSED_DISABLE_DIRECTIVE, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
            }
        }
        addMessages(result, kept);
        return kept;
    }
}
/**
 * The English files first (what rules read across pages), then the rest page by page in the order
 * the engine checks them, so that each page can be checked as soon as its variants are parsed.
 */
function loadingOrder(files) {
    const rank = (file) => (file.lang === SOURCE_LANGUAGE ? 0 : 1);
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/** Adds messages to a file's result and its counts. As in ESLint, a message is fixable when it carries a fix. */
function addMessages(result, messages) {
    for (const message of messages) {
        result.messages.push(message);
        if (message.severity === 2) {
            result.errorCount++;
            if (message.fix)
                result.fixableErrorCount++;
        }
        else {
            result.warningCount++;
            if (message.fix)
                result.fixableWarningCount++;
        }
    }
}
/**
 * What every file's findings depend on besides the files its rules read: docs-lint's version and rules,
 * the options, the tree's listing (which files exist decides references, orphans and siblings), the
 * English variables (headings, product names and references resolve them) and the git history.
 */
function findingsKey(options, files, documents, history) {
    const hash = createHash('sha1');
    const { ruleSeverities, ruleSettings, overrides, settings, liquidBlockTags, reportUnusedDisableDirectives, maxFileSize, layout } = options;
    hash.update(JSON.stringify({ rules: options.rules.map((rule) => rule.meta.id), ruleSeverities, ruleSettings, overrides, settings, liquidBlockTags, reportUnusedDisableDirectives, maxFileSize, layout }));
    for (const file of files) {
        hash.update(`\u0000${file.path}\u0000${file.refused ?? ''}`);
        if (file.kind === 'variables' && file.lang === SOURCE_LANGUAGE)
            hash.update(`\u0000${documents.contentHash(file.path)}`);
    }
    hash.update(`\u0000${history?.fingerprint ?? ''}`);
    return hash.digest('base64');
}
/** A folder docs-lint could not list (no permission, a link out of the tree), as a finding on the folder. */
function unreadableFolderResult(folder, message, severity) {
    const error = severity === 'error';
    return {
        filePath: folder,
        messages: [{ ruleId: 'parse-error', severity: error ? 2 : 1, message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
        errorCount: error ? 1 : 0,
        warningCount: error ? 0 : 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
    };
}
export const internalErrorRule = {
    meta: { id: INTERNAL_ERROR, description: 'docs-lint itself failed', defaultSeverity: 'error', fixable: false, scope: 'file', kinds: [] },
    check: () => undefined,
};
function resolveRuleSettings(options) {
    try {
        return new RuleSettingsResolver(options.rules, options.ruleSettings, options.overrides, options.ruleSeverities);
    }
    catch (error) {
        if (error instanceof UnknownRuleError)
            throw new UsageError(error.message);
        throw error;
    }
}
