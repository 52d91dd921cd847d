/** Where docs-lint lives; package.json's `repository` and `homepage` say the same (a test checks). */
export declare const REPOSITORY_URL = "https://github.com/docs-lint/docs-lint";
/** The documentation page of a rule (every rule has docs/rules/<id>.md). */
export declare function ruleDocsUrl(ruleId: string): string;
