import { type Rule, type RuleContext } from '../src/rule-kit/index.js';
export interface TranslationOutdatedOptions {
    /**
     * The front matter keys in which a translation records the source commit it was made from, the first
     * present one deciding: docs-lint's own `sourceCommit`, and `ms.sourcegitcommit`, which the
     * Microsoft/Crowdin pipelines write into every file they translate.
     */
    sourceCommitKeys: readonly string[];
    /** One key to look for before those (the option's older, single-key form). */
    sourceCommitKey?: string;
}
export declare const DEFAULT_OPTIONS: TranslationOutdatedOptions;
/**
 * A translation whose English source changed after it: from the commit recorded in its front
 * matter, where there is one, else from git history (the source's last commit is newer than the
 * translation's). Silent without git history.
 */
declare const rule: Rule;
export default rule;
/** The rule with its options (the seam for configured options). */
export declare function checkTranslationOutdated({ file, doc, site, history, report }: RuleContext, options: TranslationOutdatedOptions): void;
