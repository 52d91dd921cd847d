import { Site, walkLiquid } from '../src/rule-kit/index.js';
/** Every `{% data reusables.* %}` and `{% data variables.* %}` names English data that exists. */
const rule = {
    meta: {
        id: 'data-reference',
        description: 'Every `{% data %}` reference resolves to an English reusable or variable',
        defaultSeverity: 'error',
        fixable: false,
        scope: 'file',
        kinds: ['page', 'reusable', 'variables'],
    },
    check({ doc, site, report }) {
        for (const node of walkLiquid(doc.liquid)) {
            let reference;
            if (node.type === 'tag' && (node.name === 'data' || node.name === 'indented_data_reference'))
                reference = node.args.split(/\s+/)[0] ?? '';
            else if (node.type === 'output' && node.expression.startsWith('site.data.'))
                reference = node.expression.split('|')[0].trim();
            else
                continue;
            const parsed = Site.parseDataReference(reference);
            const at = { start: node.start, end: node.end, originKey: reference };
            if (!parsed) {
                // Other data (`ui.*` from data/ui.yml, glossaries, …) is not read by docs-lint: only a malformed name is judged.
                if (!/^(?:site\.data\.)?[\w-]+(?:\.[\w-]+)+$/.test(reference)) {
                    report({ ...at, message: `\`${reference || '(nothing)'}\` is not a data reference: write \`reusables.<path>\` or \`variables.<file>.<key>\`.` });
                }
                continue;
            }
            // Without English data in the tree there is nothing to resolve against; say nothing rather than guess.
            if (!site.hasData(parsed.kind))
                continue;
            if (parsed.kind === 'reusables') {
                if (!site.reusable(parsed.name)) {
                    report({ ...at, message: `Reusable \`${parsed.name}\` does not exist: there is no ${site.layout.data}/reusables/${parsed.name.split('.').join('/')}.md.` });
                }
                continue;
            }
            const value = site.variable(parsed.name);
            const file = parsed.name.split('.')[0];
            if (value === null)
                report({ ...at, message: `Variable \`${parsed.name}\` does not exist: there is no ${site.layout.data}/variables/${file}.yml.` });
            else if (value === undefined)
                report({ ...at, message: `Variable \`${parsed.name}\` does not exist in ${site.layout.data}/variables/${file}.yml.` });
            else if (typeof value === 'object')
                report({ ...at, message: `\`${parsed.name}\` is a group of variables, not one variable.` });
        }
    },
};
export default rule;
