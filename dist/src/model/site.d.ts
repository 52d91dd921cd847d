import { type FileKind, type Language, type ParsedDocument } from './document.js';
import { ReadRecorder } from './read-recorder.js';
import type { Layout, TreeFile } from './layout.js';
/** Gives the parsed document of a tree file; each file is parsed at most once per run. */
export interface DocumentSource {
    get(file: TreeFile): ParsedDocument;
    /** A page's front matter data, without parsing its Markdown when it is not parsed yet. */
    frontMatter(file: TreeFile): unknown;
}
/** A page (or reusable) and its variants: the English source, when it exists, and each translation. */
export interface Unit {
    key: string;
    source: TreeFile | null;
    translations: Map<Language, TreeFile>;
}
export interface HeadingAnchors {
    slugs: Set<string>;
    /**
     * False when the page includes generated content (`{% include %}`) whose headings are not in the
     * Markdown: then a fragment that matches no heading cannot be called wrong.
     */
    complete: boolean;
}
/** What rules may ask about the whole tree: other pages, reusables and variables. */
export declare class Site {
    readonly files: readonly TreeFile[];
    readonly layout: Layout;
    private readonly documents;
    /**
     * Told of every file read through this site: what a file's findings depend on. Memoized answers
     * record the files they were computed from too, except variable values: the cache keys every
     * finding by all English variables files, so a value taken from the memo need not name its file.
     */
    private readonly reads;
    readonly units: Map<string, Unit>;
    private readonly sourceKinds;
    /** The tree's translation languages: the folders under `translations/` that hold a file docs-lint reads. */
    readonly languages: Language[];
    private readonly byPath;
    private readonly variables;
    private readonly anchors;
    private readonly names;
    /**
     * Site paths listed in English pages' `redirect_from`, to the page, and the pages that map was read
     * from: read on the first link that needs it.
     */
    private redirects;
    constructor(files: readonly TreeFile[], layout: Layout, documents: DocumentSource, 
    /**
     * Told of every file read through this site: what a file's findings depend on. Memoized answers
     * record the files they were computed from too, except variable values: the cache keys every
     * finding by all English variables files, so a value taken from the memo need not name its file.
     */
    reads?: ReadRecorder);
    document(file: TreeFile): ParsedDocument;
    file(relativePath: string): TreeFile | undefined;
    /** Whether the tree has English data of this kind at all; without it, references are not judged. */
    hasData(kind: 'reusables' | 'variables'): boolean;
    /** Whether the tree has any English file of this kind (a translations-only checkout has none). */
    hasSources(kind: FileKind): boolean;
    /** The file a reusable name (`actions.ae-beta`) lives in, for a language. */
    reusable(name: string, lang?: Language): TreeFile | undefined;
    /**
     * The English value of a variable (`product.prodname_actions`): a string, `undefined` when the file
     * exists but the key does not, `null` when the variables file itself is not in the tree.
     */
    variable(name: string): unknown;
    private variableFile;
    /**
     * The English variable values that are plain names (`GitHub Actions`, `GitHub Enterprise Server`) in
     * the given variables files (`product`): text that stays in English in every language. Longest first,
     * so that longer names match first.
     */
    productNames(fileNames: readonly string[]): readonly string[];
    /** The short string values of one English variables file (`product`), read once. */
    private variableStrings;
    /**
     * Heading text as the reader sees it: variables resolved, other Liquid dropped. With `branch`, the
     * conditionals (in the text and in the variables' values) read as their nth branch (see selectBranch).
     */
    renderText(text: string, branch?: number): string;
    /** The text with each variable replaced by its English value, Liquid in the values kept. */
    private expandVariables;
    /** The anchors of an English page: github-slugger slugs of its headings plus explicit HTML anchors. */
    headingAnchors(file: TreeFile): HeadingAnchors;
    /**
     * The English page a site path (`/rest/reference/enterprise-admin`, also with a
     * `/{{ currentVersion }}/`, version or language prefix) points at, or undefined when it is not in the tree.
     */
    pageForUrl(urlPath: string): TreeFile | undefined;
    /**
     * The English page that lists a site path in its `redirect_from`. Whether a path redirects depends on
     * every English page's front matter, so asking records them all as read (for the findings cache).
     */
    private redirectTarget;
    /**
     * Whether a link target climbs out of the tree: an absolute path above the site's root
     * (`/../../etc/passwd`), or a relative one above the root of the tree (`../../../x.md` from
     * `content/a.md`). Such a target is never looked up, let alone read.
     */
    leavesTree(from: TreeFile, target: string): boolean;
    /** Splits a `{% data %}` argument or legacy `site.data.` output into its kind and name. */
    static parseDataReference(reference: string): {
        kind: 'reusables' | 'variables';
        name: string;
    } | null;
}
export declare function withoutLiquid(text: string): string;
