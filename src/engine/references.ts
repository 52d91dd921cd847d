import { isUnreadable, SOURCE_LANGUAGE, type ParsedDocument } from '../model/document.js';
import type { TreeFile } from '../model/layout.js';
import type { Site, Unit } from '../model/site.js';
import { structuralOverlap } from '../model/structure.js';
import type { RuleContext, Variant } from '../rule-kit/rule.js';

export type References = Pick<RuleContext, 'source' | 'siblings' | 'rewrittenSource'>;

/** What each file is compared with: its source, or (without a usable source) its sibling translations. Worked out once per file. */
export class ReferenceFinder {
  private readonly known = new Map<TreeFile, References>();

  constructor(private readonly site: Site) {}

  of(file: TreeFile): References {
    let found = this.known.get(file);
    if (!found) {
      found = this.find(file);
      this.known.set(file, found);
    }
    return found;
  }

  /** Forgets a file's references (its page is done), so memory does not grow with the site. */
  forget(file: TreeFile): void {
    this.known.delete(file);
  }

  private find(file: TreeFile): References {
    const unit = this.site.units.get(file.key) as Unit;
    if (file.lang === SOURCE_LANGUAGE) return { source: null, siblings: [], rewrittenSource: null };
    // A source that could not be read (a folder, too large, a link out of the tree) is no reference.
    let source = unit.source && !isUnreadable(this.site.document(unit.source)) ? this.variantOf(unit.source) : null;
    let rewrittenSource: Variant | null = null;
    if (source && isRewritten(source.doc, this.site.document(file))) {
      rewrittenSource = source;
      source = null;
    }
    // A rewritten page is said once (source-rewritten), not compared block by block with anything.
    const siblings = source || rewrittenSource ? [] : [...unit.translations.values()].filter((other) => other !== file).map((other) => this.variantOf(other));
    return { source, siblings, rewrittenSource };
  }

  private variantOf(file: TreeFile): Variant {
    return { lang: file.lang, file, doc: this.site.document(file) };
  }
}

/** A translation and a source that share under a quarter of their structure: the source was rewritten. */
function isRewritten(source: ParsedDocument, translation: ParsedDocument): boolean {
  const { shared, larger } = structuralOverlap(source, translation);
  return larger >= 8 && shared / larger < 0.25;
}
