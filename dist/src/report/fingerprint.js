import { createHash } from 'node:crypto';
/**
 * What identifies a finding across edits: its file, rule and the text around it, never its line
 * number. Findings with equal keys are told apart by their order (see `occurrences`).
 */
export function findingKey(filePath, message) {
    return [message.ruleId, filePath, message.context?.line ?? '', message.context?.span ?? ''].join('\u0000');
}
/** Each finding with its key and its index among the findings of the same key, in report order. */
export function occurrences(results) {
    const seen = new Map();
    return results.flatMap((result) => result.messages.map((message) => {
        const key = findingKey(result.filePath, message);
        const index = seen.get(key) ?? 0;
        seen.set(key, index + 1);
        return { result, message, key, index };
    }));
}
/** A stable fingerprint per finding: a hash of its key, then its occurrence index. */
export function fingerprints(results) {
    return new Map(occurrences(results).map(({ message, key, index }) => [message, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${index}`]));
}
