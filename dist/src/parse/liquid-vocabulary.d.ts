/** Which Liquid tag names open blocks, continue them, or stand alone, in Liquid and in GitHub's docs. */
export interface LiquidVocabulary {
    /** Block name to the end tags that close it. */
    blocks: ReadonlyMap<string, readonly string[]>;
    /** Branch tag name to the blocks it may continue. */
    branches: ReadonlyMap<string, readonly string[]>;
    /** Tags that stand alone. */
    tags: ReadonlySet<string>;
    /** Blocks whose body is not Liquid (nothing inside is parsed or checked). */
    opaque: ReadonlySet<string>;
}
/** Block tags of GitHub's docs (callouts and layout helpers). */
export declare const DOCS_BLOCKS: string[];
/** Plain tags of GitHub's docs. */
export declare const DOCS_TAGS: string[];
export declare function buildVocabulary(extraBlocks?: readonly string[], extraTags?: readonly string[]): LiquidVocabulary;
export declare const DEFAULT_VOCABULARY: LiquidVocabulary;
