import { structuralOverlap } from '../src/rule-kit/index.js';
/**
 * A translation that shares almost no structure with its source: the English page was rewritten
 * (or replaced by a generated stub). Said once for the file instead of one finding per block.
 */
const rule = {
    meta: {
        id: 'source-rewritten',
        description: 'A translation still has most of its source\'s structure (else the source was rewritten)',
        defaultSeverity: 'warn',
        fixable: false,
        scope: 'translation',
        kinds: ['page', 'reusable'],
    },
    check({ doc, rewrittenSource, report }) {
        if (!rewrittenSource)
            return;
        const { shared, larger } = structuralOverlap(rewrittenSource.doc, doc);
        report({
            start: 0,
            message: `This translation shares ${shared} of ${larger} structural elements (Liquid, links, code, headings) with ${rewrittenSource.file.path}: one of the two was rewritten, so they are not compared element by element. Retranslate it from the current source.`,
        });
    },
};
export default rule;
