import type { Span } from '../model/document.js';
/**
 * Procedures in GitHub's docs are often lists whose steps are reusables:
 *
 *     {% data reusables.repositories.navigate-to-repo %}
 *     {% data reusables.repositories.sidebar-settings %}
 *
 *         More about the last step, indented under it.
 *
 * Rendered, each reusable is a list item (`1. …`) and the indented paragraph continues the last one. In
 * the Markdown as written the reusables are a paragraph of Liquid, so the indented text after it would be
 * an indented code block, and its prose would be compared as code. This masks the first indentation
 * character of each such paragraph (with the same private-use stand-in that Liquid masking uses, so
 * offsets stay true and values unmask to the original), which makes it a paragraph. Fenced code indented
 * under a step stays as it was.
 */
export declare function maskReusableStepContinuations(masked: string, original: string, liquidSpans: readonly Span[], spaceMask: string): string;
