import { TRANSLATABLE_KEYS } from './frontmatter-schema.js';
export const DEFAULT_TRANSLATABLE_KEYS = TRANSLATABLE_KEYS;
export const DEFAULT_SETTINGS = { translatableKeys: DEFAULT_TRANSLATABLE_KEYS, terms: [] };
/** Whether a front matter key (top level, or the first segment of a dotted path) is translated. */
export function isTranslatableKey(settings, key) {
    return settings.translatableKeys.includes(key.split('.')[0]);
}
