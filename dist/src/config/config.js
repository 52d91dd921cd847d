/**
 * The config file, `docs-lint.config.json`: read as JSON (never executed), validated with zod, and
 * turned into engine options. Every mistake in it is one line that names the JSON path.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { UsageError } from '../results.js';
import { computeLineStarts, locate } from '../model/document.js';
import { DEFAULT_TRANSLATABLE_KEYS } from '../model/settings.js';
import { DEFAULT_LAYOUT } from '../model/layout.js';
export const CONFIG_FILE_NAME = 'docs-lint.config.json';
const SEVERITIES = ['off', 'warn', 'error'];
const EXPECTED_SEVERITY = 'expected "off" | "warn" | "error"';
const severity = z.enum(SEVERITIES, { error: EXPECTED_SEVERITY }).meta({ id: 'severity' });
const ruleSetting = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown(), { error: 'expected an object of rule options' })])], {
    error: (issue) => (typeof issue.input === 'string' ? EXPECTED_SEVERITY : `${EXPECTED_SEVERITY} or ["off" | "warn" | "error", { ...options }]`),
}).meta({ id: 'ruleSetting', description: 'A severity, or [severity, options] to give the rule options.' });
const nonEmpty = z.string().min(1, { error: 'expected a non-empty string' });
const folder = nonEmpty.regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))/, { error: 'expected a folder relative to the root' });
/** The zod schema of the config, with one documented key per rule under `rules`. */
export function configSchema(rules) {
    const ruleMap = z.strictObject(Object.fromEntries(rules.map((meta) => [meta.id, ruleSetting.optional().describe(`${meta.description} (default: ${meta.defaultSeverity}).`)])));
    return z
        .strictObject({
        $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
        rules: ruleMap.optional().describe('Rule id to "off" | "warn" | "error", or to [severity, options].'),
        overrides: z
            .array(z.strictObject({
            languages: z.array(nonEmpty).optional().describe('Languages the override applies to ("en" is the source); absent: all.'),
            files: z.array(nonEmpty).optional().describe('Globs (picomatch) of root-relative paths the override applies to; absent: all.'),
            rules: ruleMap.describe('Rule settings for the matching files, over the top-level "rules".'),
        }))
            .optional()
            .describe('Rule settings for some languages or files, applied in order (a later one wins).'),
        ignore: z.array(nonEmpty).optional().describe('Globs (picomatch) of root-relative paths that are not linted.'),
        languages: z.array(nonEmpty).optional().describe('Only these translation languages (as --lang; --lang wins).'),
        layout: z
            .strictObject({
            content: folder.optional().describe(`English pages (default: "${DEFAULT_LAYOUT.content}").`),
            data: folder.optional().describe(`Reusables and variables (default: "${DEFAULT_LAYOUT.data}").`),
            translations: folder.optional().describe(`One folder per language (default: "${DEFAULT_LAYOUT.translations}").`),
        })
            .optional()
            .describe('Where the tree keeps its files, relative to the root.'),
        translatableKeys: z
            .array(nonEmpty)
            .optional()
            .describe(`Front matter keys whose values are translated (default: ${DEFAULT_TRANSLATABLE_KEYS.join(', ')}); other keys must equal the source's.`),
        terms: z.array(nonEmpty).optional().describe('Terms that stay untranslated (product names): they count as code, not text.'),
        liquid: z
            .strictObject({
            blockTags: z
                // No `i` flag: the JSON Schema's `pattern` is written without flags.
                // eslint-disable-next-line regexp/use-ignore-case
                .array(nonEmpty.regex(/^[A-Za-z_][\w-]*$/, { error: 'expected a Liquid tag name' }))
                .optional()
                .describe('Extra Liquid block tags: {% name %}…{% endname %} is a block.'),
        })
            .optional(),
        maxFileSize: z
            .number({ error: 'expected a number of bytes' })
            .int({ error: 'expected a whole number of bytes' })
            .positive({ error: 'expected a number of bytes above 0' })
            .optional().describe('Files larger than this many bytes are not parsed.'),
        reportUnusedDisableDirectives: z
            .union([z.boolean(), severity], { error: `expected true, false, "off", "warn" or "error"` })
            .optional()
            .describe('Report docs-lint-disable directives that suppress nothing (true: as errors, like --report-unused-disable-directives).'),
    })
        .describe('docs-lint configuration (docs-lint.config.json).');
}
/** The JSON Schema of the config, for editors (draft-07: the draft editors support best). */
export function configJsonSchema(rules) {
    return { ...z.toJSONSchema(configSchema(rules), { target: 'draft-7', io: 'input' }), title: 'docs-lint configuration' };
}
/** Reads and checks a config file; `label` is how messages name it. */
export function readConfigFile(file, label, rules) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`${label}: cannot read the config file (${error.code ?? error.message}).`);
    }
    return validateConfig(parseJson(text.replace(/^\uFEFF/, ''), label), label, rules);
}
/** Checks a config value (parsed JSON, or an object given to the API). */
export function validateConfig(value, label, rules) {
    const result = configSchema(rules).safeParse(value, { error: (issue) => (issue.input === undefined ? 'missing (it is required)' : undefined) });
    if (result.success)
        return result.data;
    throw new UsageError(`${label}: ${describeIssue(result.error.issues[0])}`);
}
/** Engine options from a config (the caller lays the command line's options over them). */
export function configOptions(config) {
    const unused = config.reportUnusedDisableDirectives;
    return {
        ruleSettings: config.rules,
        overrides: config.overrides,
        ignore: config.ignore,
        languages: config.languages,
        layout: config.layout ? { ...DEFAULT_LAYOUT, ...config.layout } : undefined,
        settings: { translatableKeys: config.translatableKeys ?? DEFAULT_TRANSLATABLE_KEYS, terms: config.terms ?? [] },
        liquidBlockTags: config.liquid?.blockTags,
        maxFileSize: config.maxFileSize,
        reportUnusedDisableDirectives: unused === undefined ? undefined : unused === true ? 'error' : unused === false ? 'off' : unused,
    };
}
function parseJson(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const { line, column } = locate({ lineStarts: computeLineStarts(text) }, jsonErrorOffset(text, message));
        const reason = message.replace(/ in JSON at position \d.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
        throw new UsageError(`${label}:${line}:${column}: invalid JSON: ${reason}.`);
    }
}
/**
 * Where JSON.parse failed: its message says so for most errors; for an unexpected token it does not,
 * and the yaml parser (JSON schema) finds the same bad token with a position.
 */
function jsonErrorOffset(text, message) {
    const position = / at position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    if (/Unexpected end of JSON input/.test(message))
        return text.trimEnd().length;
    const yamlError = YAML.parseDocument(text, { schema: 'json' }).errors[0];
    return yamlError ? yamlError.pos[0] : 0;
}
function describeIssue(issue, base = []) {
    const at = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
        // Report inside the form the value was meant to be (`["loud", {}]` is a bad severity in a [severity, options] pair).
        const inside = issue.errors.find((branch) => branch.length > 0 && branch.every((nested) => nested.path.length > 0));
        if (inside)
            return describeIssue(inside[0], at);
    }
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        const isRuleId = at[at.length - 1] === 'rules';
        return `${formatPath([...at, key])}: ${isRuleId ? `unknown rule "${key}" (docs-lint --help lists the rules)` : `unknown key "${key}"`}`;
    }
    const message = issue.message.replace(/^Invalid input: /, '');
    return at.length ? `${formatPath(at)}: ${message}` : message;
}
/** A JSON path as JavaScript would write it: `overrides[0].rules["link-anchor"]`. */
export function formatPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else if (typeof key === 'string' && /^[A-Z_$][\w$]*$/i.test(key))
            out += out ? `.${key}` : key;
        else
            out += `[${JSON.stringify(String(key))}]`;
    }
    return out;
}
