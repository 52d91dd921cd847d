import { TRANSLATABLE_KEYS } from './frontmatter-schema.js';

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

export const DEFAULT_TRANSLATABLE_KEYS: readonly string[] = TRANSLATABLE_KEYS;

export const DEFAULT_SETTINGS: LintSettings = { translatableKeys: DEFAULT_TRANSLATABLE_KEYS, terms: [] };

/** Whether a front matter key (top level, or the first segment of a dotted path) is translated. */
export function isTranslatableKey(settings: LintSettings, key: string): boolean {
  return settings.translatableKeys.includes(key.split('.')[0]);
}
