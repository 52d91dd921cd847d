import { isUnreadable, SOURCE_LANGUAGE } from '../model/document.js';
import { structuralOverlap } from '../model/structure.js';
/** What each file is compared with: its source, or (without a usable source) its sibling translations. Worked out once per file. */
export class ReferenceFinder {
    site;
    known = new Map();
    constructor(site) {
        this.site = site;
    }
    of(file) {
        let found = this.known.get(file);
        if (!found) {
            found = this.find(file);
            this.known.set(file, found);
        }
        return found;
    }
    /** Forgets a file's references (its page is done), so memory does not grow with the site. */
    forget(file) {
        this.known.delete(file);
    }
    find(file) {
        const unit = this.site.units.get(file.key);
        if (file.lang === SOURCE_LANGUAGE)
            return { source: null, siblings: [], rewrittenSource: null };
        // A source that could not be read (a folder, too large, a link out of the tree) is no reference.
        let source = unit.source && !isUnreadable(this.site.document(unit.source)) ? this.variantOf(unit.source) : null;
        let rewrittenSource = null;
        if (source && isRewritten(source.doc, this.site.document(file))) {
            rewrittenSource = source;
            source = null;
        }
        // A rewritten page is said once (source-rewritten), not compared block by block with anything.
        const siblings = source || rewrittenSource ? [] : [...unit.translations.values()].filter((other) => other !== file).map((other) => this.variantOf(other));
        return { source, siblings, rewrittenSource };
    }
    variantOf(file) {
        return { lang: file.lang, file, doc: this.site.document(file) };
    }
}
/** A translation and a source that share under a quarter of their structure: the source was rewritten. */
function isRewritten(source, translation) {
    const { shared, larger } = structuralOverlap(source, translation);
    return larger >= 8 && shared / larger < 0.25;
}
