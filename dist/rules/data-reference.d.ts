import { type Rule } from '../src/rule-kit/index.js';
/** Every `{% data reusables.* %}` and `{% data variables.* %}` names English data that exists. */
declare const rule: Rule;
export default rule;
