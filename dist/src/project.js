/** Where docs-lint lives; package.json's `repository` and `homepage` say the same (a test checks). */
export const REPOSITORY_URL = 'https://github.com/docs-lint/docs-lint';
/** The documentation page of a rule (every rule has docs/rules/<id>.md). */
export function ruleDocsUrl(ruleId) {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
