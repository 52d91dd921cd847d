import { fingerprints } from '../fingerprint.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../../project.js';
/** The key under `partialFingerprints`; bump its version if the fingerprint's recipe changes. */
export const FINGERPRINT_KEY = 'docsLintFinding/v1';
const LEVELS = { error: 'error', warn: 'warning', off: 'none' };
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule in `tool.driver.rules`, and for each
 * finding a fingerprint from its rule, file and text (not its line), so alerts survive unrelated edits.
 */
export function formatSarif(results, options) {
    const show = options.displayPath ?? ((p) => p);
    const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
    const prints = fingerprints(results);
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'docs-lint',
                        version: options.version,
                        semanticVersion: options.version,
                        informationUri: REPOSITORY_URL,
                        rules: options.rules.map((rule) => ({
                            id: rule.id,
                            shortDescription: { text: rule.description },
                            helpUri: ruleDocsUrl(rule.id),
                            help: { text: `${rule.description}. See ${ruleDocsUrl(rule.id)}`, markdown: `${rule.description}. [Documentation](${ruleDocsUrl(rule.id)})` },
                            defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
                        })),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: results.flatMap((result) => result.messages.map((message) => ({
                    ruleId: message.ruleId,
                    ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
                    level: message.severity === 2 ? 'error' : 'warning',
                    message: { text: message.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeUriPath(show(result.filePath)), uriBaseId: '%SRCROOT%' },
                                region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
                            },
                        },
                    ],
                    partialFingerprints: { [FINGERPRINT_KEY]: prints.get(message) },
                }))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%`, non-ASCII). */
function encodeUriPath(relative) {
    return relative.split('/').map(encodeURIComponent).join('/');
}
