/** docs-lint's version from its package.json (found from dist/src/ when built, from src/ when run from source). */
export declare function toolVersion(): string;
