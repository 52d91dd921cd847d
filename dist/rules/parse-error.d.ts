import type { Rule } from '../src/rule-kit/index.js';
/** A file that cannot be read or parsed at all: binary, not UTF-8, unreadable, or broken YAML data. */
declare const rule: Rule;
export default rule;
