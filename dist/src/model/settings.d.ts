/**
 * Team settings that rules read through `RuleContext.settings`. They come from the config file, but
 * rules see only these resolved values, never the config loader.
 */
export interface LintSettings {
    /** Front matter keys whose values are translated; every other key must equal the source's. */
    translatableKeys: readonly string[];
    /** Terms that stay untranslated (product and feature names): they count as code, not as text. */
    terms: readonly string[];
}
export declare const DEFAULT_TRANSLATABLE_KEYS: readonly string[];
export declare const DEFAULT_SETTINGS: LintSettings;
/** Whether a front matter key (top level, or the first segment of a dotted path) is translated. */
export declare function isTranslatableKey(settings: LintSettings, key: string): boolean;
