import { type Rule } from '../src/rule-kit/index.js';
/** Front matter that is not valid YAML or does not match the docs' schema. */
declare const rule: Rule;
export default rule;
