import type { Rule, Severity } from '../rule-kit/rule.js';
import type { RuleOverride, RuleSettingMap } from '../config/rule-settings.js';
import type { LintSettings } from '../model/settings.js';
import type { Layout } from '../model/layout.js';
/** What a run is asked to do: the engine's input, which the config and the CLI build. */
export interface LintOptions {
    /** The root of the docs tree. */
    root: string;
    /** Files or folders (relative to `cwd`) that narrow the run; empty: the whole tree. */
    paths?: readonly string[];
    /** Lint only what `paths` selects, nothing when it is empty (a change set with no docs files in it). */
    onlyPaths?: boolean;
    /** Only these translation languages (sources are then not linted themselves). */
    languages?: readonly string[];
    /** Severity by rule id (the command line's `--rule`): over the defaults, `ruleSettings` and `overrides`. */
    ruleSeverities?: Readonly<Record<string, Severity>>;
    /** The config's `rules`: severity, or severity and options, by rule id, over the rules' defaults. */
    ruleSettings?: RuleSettingMap;
    /** The config's `overrides`, applied in order to the files they match, over `ruleSettings`. */
    overrides?: readonly RuleOverride[];
    /** Globs (root-relative) of files that are not linted: nothing is reported on them. */
    ignore?: readonly string[];
    /** Settings the rules read (translatable front matter keys, untranslated terms). */
    settings?: Partial<LintSettings>;
    /** Extra Liquid block tags: `{% name %}…{% endname %}` is a block. */
    liquidBlockTags?: readonly string[];
    /** Report directives that suppress nothing, at this severity (default: off). */
    reportUnusedDisableDirectives?: Severity;
    /** Files larger than this many bytes are reported (parse-error) and not read (the config's `maxFileSize`); default 10 MiB. */
    maxFileSize?: number;
    rules: readonly Rule[];
    layout?: Layout;
    cwd?: string;
    /** Receives diagnostics (why a check was skipped, how long git took): the CLI's `--debug`. */
    debug?: (line: string) => void;
    /**
     * Keep document models and findings between runs in this file (absolute, or relative to the root),
     * keyed by content hash: a file whose inputs did not change is not checked again, and an unchanged
     * file is not parsed again. Undefined: no cache.
     */
    cacheLocation?: string;
    /** Identifies the configuration the run uses: a cache written under another one is not used. */
    configFingerprint?: string;
    /** Worker threads that parse; default: one per core. 0 or 1: parse in the main thread. */
    workers?: number;
    /** Told how long each rule took on each file (ms): the linear-cost tests time rules one by one. */
    onRuleTime?: (ruleId: string, ms: number) => void;
}
