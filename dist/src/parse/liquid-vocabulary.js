const LIQUID_BLOCKS = ['if', 'unless', 'for', 'case', 'capture', 'comment', 'raw', 'tablerow'];
/** Block tags of GitHub's docs (callouts and layout helpers). */
export const DOCS_BLOCKS = [
    'ifversion', 'note', 'tip', 'warning', 'danger', 'caution', 'important', 'rowheaders',
    'mac', 'windows', 'linux', 'webui', 'cli', 'desktop', 'codespaces', 'vscode', 'curl', 'api',
];
const LIQUID_TAGS = ['assign', 'cycle', 'decrement', 'echo', 'include', 'increment', 'layout', 'liquid', 'render', 'break', 'continue', '#'];
/** Plain tags of GitHub's docs. */
export const DOCS_TAGS = [
    'data', 'indented_data_reference', 'octicon', 'link', 'link_in_list', 'link_with_intro',
    'homepage_link_with_intro', 'link_as_article_card',
];
export function buildVocabulary(extraBlocks = [], extraTags = []) {
    const blocks = new Map();
    for (const name of [...LIQUID_BLOCKS, ...DOCS_BLOCKS, ...extraBlocks])
        blocks.set(name, [`end${name}`]);
    // In these docs `{% ifversion %}` is closed by `{% endif %}` as well as `{% endifversion %}`.
    blocks.set('ifversion', ['endifversion', 'endif']);
    const branches = new Map([
        ['elsif', ['if', 'unless', 'ifversion']],
        ['else', ['if', 'unless', 'ifversion', 'case', 'for']],
        ['when', ['case']],
    ]);
    return {
        blocks,
        branches,
        tags: new Set([...LIQUID_TAGS, ...DOCS_TAGS, ...extraTags]),
        opaque: new Set(['comment', 'raw']),
    };
}
export const DEFAULT_VOCABULARY = buildVocabulary();
