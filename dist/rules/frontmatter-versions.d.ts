import { type Rule } from '../src/rule-kit/index.js';
/** A translation's `versions` that lost, gained or changed a key: the page shows for the wrong products. */
declare const rule: Rule;
export default rule;
