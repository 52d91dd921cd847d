import type { TreeFile } from '../model/layout.js';
import type { Site } from '../model/site.js';
import type { RuleContext } from '../rule-kit/rule.js';
export type References = Pick<RuleContext, 'source' | 'siblings' | 'rewrittenSource'>;
/** What each file is compared with: its source, or (without a usable source) its sibling translations. Worked out once per file. */
export declare class ReferenceFinder {
    private readonly site;
    private readonly known;
    constructor(site: Site);
    of(file: TreeFile): References;
    /** Forgets a file's references (its page is done), so memory does not grow with the site. */
    forget(file: TreeFile): void;
    private find;
    private variantOf;
}
