import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint } from '../engine/lint.js';
import { decodeText } from '../parse/document.js';
/** Fixes can make others possible (a fixed source lets its translations' copies be fixed): lint again, up to this many times. */
const MAX_PASSES = 10;
/**
 * Lints, applies every fix the findings carry, and lints again until nothing more is fixed. With
 * `write: false` nothing is written: one pass is planned and the findings it would fix are dropped.
 */
export async function lintAndFix(options, { write }) {
    const root = path.resolve(options.root);
    const files = new Map();
    const failures = new Map();
    let report = await lint(options);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        const plans = [];
        for (const result of report.results) {
            if (failures.has(result.filePath) || !result.messages.some((message) => message.fix))
                continue;
            const plan = planFile(root, result);
            if ('failure' in plan)
                failures.set(result.filePath, plan.failure);
            else if (plan.applied.length > 0)
                plans.push(plan);
        }
        if (plans.length === 0)
            break;
        for (const plan of plans) {
            if (write) {
                try {
                    writeAtomically(path.join(root, plan.filePath), plan.bytes);
                }
                catch (error) {
                    failures.set(plan.filePath, `could not write the fixed file: ${error.message}`);
                    continue;
                }
            }
            const known = files.get(plan.filePath);
            files.set(plan.filePath, { filePath: plan.filePath, before: known?.before ?? plan.before, after: plan.after, count: (known?.count ?? 0) + plan.applied.length });
        }
        if (!write) {
            report = withoutFixed(report, new Set(plans.flatMap((plan) => plan.applied)));
            break;
        }
        report = await lint(options);
    }
    for (const result of report.results) {
        const fixed = files.get(result.filePath);
        if (fixed)
            result.output = fixed.after;
    }
    return {
        report,
        files: [...files.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : 1)),
        failures: [...failures].map(([filePath, message]) => ({ filePath, message })),
    };
}
/** A unified diff of what the fixes change, file by file, with git-style `a/` and `b/` names. */
export function formatFixDiff(files) {
    return files.map((file) => createTwoFilesPatch(`a/${file.filePath}`, `b/${file.filePath}`, file.before, file.after)).join('');
}
/** The fixes of one file's findings applied to its current bytes, or why they cannot be. */
function planFile(root, result) {
    let bytes;
    try {
        bytes = readFileSync(path.join(root, result.filePath));
    }
    catch (error) {
        return { failure: `could not read the file to fix it: ${error.message}` };
    }
    const decoded = decodeText(bytes);
    if (decoded.binary || decoded.problems.length > 0)
        return { failure: 'not fixed: the file is not valid UTF-8 text' };
    const text = decoded.text;
    // What decoding dropped (a BOM) is all at the start; the rest must encode back to the very same bytes.
    const prefixLength = bytes.length - Buffer.byteLength(text);
    if (prefixLength < 0 || !Buffer.from(text).equals(bytes.subarray(prefixLength)))
        return { failure: 'not fixed: the file does not read back to the same bytes' };
    const { text: after, applied } = applyFixes(text, result.messages.flatMap((message) => (message.fix ? [message.fix] : [])));
    return { filePath: result.filePath, before: text, after, bytes: Buffer.concat([bytes.subarray(0, prefixLength), Buffer.from(after)]), applied };
}
/**
 * Applies fixes to a text, in order of position. A fix that overlaps one already taken waits for the
 * next pass (the text it was computed on will have changed), and so does a second insertion at the
 * same point, since nothing says which goes first. A fix that changes nothing is not counted.
 * Line breaks in a fix's text take the text's own style (its first line break).
 */
export function applyFixes(text, fixes) {
    const lineBreak = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    const applied = [];
    const pieces = [];
    let position = 0;
    let previous = null;
    for (const fix of sorted) {
        const [start, end] = fix.range;
        const replacement = fix.text.replace(/\r\n|\r|\n/g, lineBreak);
        if (previous && previous.range[0] === start && previous.range[1] === end && previous.text === fix.text) {
            applied.push(fix); // two findings asking for the same change: done once
            continue;
        }
        const secondInsertion = previous !== null && start === end && previous.range[0] === start && previous.range[1] === start;
        if (start < position || secondInsertion || start > end || end > text.length || splitsPair(text, start) || splitsPair(text, end))
            continue;
        if (text.slice(start, end) === replacement)
            continue;
        pieces.push(text.slice(position, start), replacement);
        position = end;
        previous = fix;
        applied.push(fix);
    }
    pieces.push(text.slice(position));
    return { text: pieces.join(''), applied };
}
/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsPair(text, offset) {
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
/** Writes a temporary file beside the target and renames it over it: readers see the old or the new file, never half of one. */
function writeAtomically(file, bytes) {
    const target = realpathSync(file); // through a symbolic link, not over it
    const mode = statSync(target).mode & 0o7777;
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.docs-lint-tmp`);
    try {
        writeFileSync(temp, bytes, { flag: 'wx' });
        chmodSync(temp, mode);
        renameSync(temp, target);
    }
    catch (error) {
        rmSync(temp, { force: true });
        throw error;
    }
}
/** The report without the findings whose fixes are applied, counts recomputed. */
function withoutFixed(report, fixed) {
    const results = report.results.map((result) => {
        const messages = result.messages.filter((message) => !(message.fix && fixed.has(message.fix)));
        const count = (severity, fixable) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
        return { ...result, messages, errorCount: count(2, false), warningCount: count(1, false), fixableErrorCount: count(2, true), fixableWarningCount: count(1, true) };
    });
    return { ...report, results };
}
