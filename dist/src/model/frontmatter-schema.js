/**
 * Zod schema for the YAML front matter of a page under `content/` (and of its
 * translations under `translations/<locale>/content/`), following the schema in
 * github/docs: `lib/frontmatter.js` (2020-2023) and its successors
 * `src/frame/lib/frontmatter.js` / `src/frame/lib/frontmatter.ts`.
 *
 * The key set is the union of every key those schema versions allowed, so that
 * translations lagging behind English (which keep older keys) stay valid.
 * Unknown keys are rejected, as github/docs does (`additionalProperties: false`).
 */
import { z } from 'zod';
const stringList = z.array(z.string());
// ---------------------------------------------------------------------------
// Version ranges
// ---------------------------------------------------------------------------
/** One node-semver "partial": `3`, `3.1`, `3.1.0`, `3.1.0-rc.1`, `3.x`, `*`, with optional leading `v`. */
const WILDCARD = '[xX*]';
const PARTIAL = String.raw `v?(?:${WILDCARD}(?:\.${WILDCARD}){0,2}|\d+(?:\.(?:${WILDCARD}(?:\.${WILDCARD})?|\d+(?:\.(?:${WILDCARD}|\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?))?))?)`;
const COMPARATOR_RE = new RegExp(String.raw `^(?:<=|>=|[<>=]|~>|[~^])?=?${PARTIAL}$`);
const HYPHEN_RANGE_RE = new RegExp(String.raw `^${PARTIAL}\s+-\s+${PARTIAL}$`);
const OPERATOR_SPACE_RE = /(<=|>=|[<>=]|~>|[~^])\s+/g;
/**
 * Whether `value` is a SemVer range in the sense of node-semver's `validRange`
 * (which github/docs uses): `*`, `>=2.22`, `<3.1`, `>3.3`, `>=3.1 <3.5`,
 * `2.22 - 3.0`, `~3.1 || ^3.4`, ...
 */
export function isSemverRange(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return false;
    // Split, then trim: `\s*\|\|\s*` rescans a long run of spaces from each of them.
    return trimmed.split('||').map((part) => part.trim()).every((range) => {
        if (range === '')
            return false;
        if (HYPHEN_RANGE_RE.test(range))
            return true;
        return range
            .replace(OPERATOR_SPACE_RE, '$1')
            .split(/\s+/)
            .every((comparator) => COMPARATOR_RE.test(comparator));
    });
}
/** GitHub AE's pre-release placeholder, e.g. `ghae: 'issue-6396'` (lib/all-versions.js `allowedFrontmatterPattern`, 2021-2022). */
const GHAE_ISSUE_RE = /^issue-\d+$/;
const versionRange = z
    .string()
    .refine(isSemverRange, { error: "must be '*' or a valid SemVer range such as '>=3.4'" });
const ghaeVersionRange = z
    .string()
    .refine((value) => isSemverRange(value) || GHAE_ISSUE_RE.test(value), {
    error: "must be '*', a valid SemVer range, or 'issue-<number>'",
});
/** `versions` as an object: each plan (long name) or short name maps to a SemVer range. */
export const versionsObjectSchema = z
    .strictObject({
    // Short names (lib/all-versions.js `shortName`, 2021 onwards)
    fpt: versionRange.optional(),
    ghec: versionRange.optional(),
    ghes: versionRange.optional(),
    ghae: ghaeVersionRange.optional(),
    // Plan names (lib/all-versions.js `plan`; the only form before mid-2021)
    'free-pro-team': versionRange.optional(),
    'enterprise-cloud': versionRange.optional(),
    'enterprise-server': versionRange.optional(),
    'github-ae': ghaeVersionRange.optional(),
    // Feature-based versioning: name(s) of data/features/<name>.yml (featureVersionsProp, 2021 onwards)
    feature: z.union([z.string(), stringList]).optional(),
})
    .refine((versions) => Object.keys(versions).length > 0, {
    error: 'must name at least one version',
});
/** `versions`: an object of version name -> range, or the string `'*'` for all versions. */
export const versionsSchema = z.union([z.literal('*'), versionsObjectSchema], {
    error: (issue) => {
        if (issue.input === undefined)
            return 'versions is required';
        if (issue.code === 'invalid_union') {
            return "must be an object mapping version names (fpt, ghec, ghes, ghae, ...) to SemVer ranges, or '*'";
        }
        return undefined;
    },
});
// ---------------------------------------------------------------------------
// Nested shapes (kept shallow and permissive)
// ---------------------------------------------------------------------------
const titleHref = z.looseObject({ title: z.string().optional(), href: z.string().optional() });
/** featuredLinks: lists of paths per group (gettingStarted, guideCards, popular, startHere, guides), headings, or videos. */
const featuredLinksSchema = z.record(z.string(), z.union([stringList, z.string(), z.array(titleHref)]));
/** changelog: `{ label, prefix }` (2021 onwards) or, earlier, a list of `{ title, date, href }`. */
const changelogSchema = z.union([
    z.looseObject({ label: z.string().optional(), prefix: z.string().optional() }),
    z.array(z.looseObject({ title: z.string().optional(), date: z.string().optional(), href: z.string().optional() })),
]);
const externalProductSchema = z.looseObject({
    id: z.string(),
    name: z.string(),
    href: z.string(),
    external: z.boolean(),
});
const journeyTrackSchema = z.looseObject({
    id: z.string(),
    title: z.string(),
    description: z.string().optional(),
    timeCommitment: z.string().optional(),
    guides: z.array(z.looseObject({ href: z.string(), alternativeNextStep: z.string().optional() })),
});
// ---------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------
export const frontMatterSchema = z.strictObject({
    // Required in every schema version
    title: z
        .string({ error: (issue) => (issue.input === undefined ? 'title is required' : undefined) })
        .min(1, { error: 'title must not be empty' }),
    versions: versionsSchema,
    // Translatable page text (all versions)
    shortTitle: z.string().optional(),
    intro: z.string().optional(),
    product: z.string().optional(),
    permissions: z.string().optional(),
    // Page display and navigation (lib/frontmatter.js, 2020 onwards)
    showMiniToc: z.boolean().optional(),
    miniTocMaxHeadingLevel: z.number().int().min(2).max(4).optional(), // deprecated since 2023, still allowed
    mapTopic: z.boolean().optional(), // 2020-2022, replaced by `subcategory`
    subcategory: z.boolean().optional(),
    hidden: z.boolean().optional(),
    noEarlyAccessBanner: z.boolean().optional(),
    earlyAccessToc: z.boolean().optional(),
    layout: z.union([z.string(), z.literal(false)]).optional(), // a layout name, or false for none
    redirect_from: z.union([stringList, z.string()]).optional(), // a single string was allowed until 2022
    allowTitleToDifferFromFilename: z.boolean().optional(),
    children: stringList.optional(),
    childGroups: z
        .array(z.looseObject({ name: z.string().optional(), octicon: z.string().optional(), children: stringList.optional() }))
        .optional(),
    // Guides, landing and product pages (lib/frontmatter.js, 2020 onwards)
    introLinks: z.record(z.string(), z.string()).optional(),
    featuredLinks: featuredLinksSchema.optional(),
    changelog: changelogSchema.optional(),
    type: z.enum(['overview', 'quick_start', 'tutorial', 'how_to', 'reference', 'rai']).optional(),
    topics: stringList.optional(),
    includeGuides: stringList.optional(),
    learningTracks: stringList.optional(),
    beta_product: z.boolean().optional(),
    product_video: z.string().optional(),
    product_video_transcript: z.string().optional(),
    heroImage: z.string().optional(),
    interactive: z.boolean().optional(),
    authors: stringList.optional(),
    examples_source: z.string().optional(),
    effectiveDate: z.string().optional(),
    contributor: z.looseObject({ name: z.string().optional(), URL: z.string().optional() }).optional(), // 2021-2022
    communityRedirect: z.looseObject({ name: z.string().optional(), href: z.string().optional() }).optional(),
    externalProducts: z.record(z.string(), externalProductSchema).optional(),
    hasExperimentalAlternative: z.boolean().optional(),
    // Content preferences (defaultTool values come from data/tools, which grows over time)
    defaultPlatform: z.enum(['mac', 'windows', 'linux']).optional(),
    defaultTool: z.string().optional(),
    // Generated reference pages (2022 onwards)
    autogenerated: z
        .enum(['audit-logs', 'codeql-cli', 'github-apps', 'graphql', 'rest', 'secret-scanning', 'webhooks'])
        .optional(),
    // Content classification (src/frame/lib/frontmatter.*, 2025 onwards)
    contentType: z
        .enum(['get-started', 'concepts', 'how-tos', 'reference', 'tutorials', 'homepage', 'landing', 'rai', 'other'])
        .optional(),
    audience: stringList.optional(),
    docsTeamMetrics: stringList.optional(),
    // Category, discovery and journey landing pages (src/frame/lib/frontmatter.*, 2024 onwards)
    category: stringList.optional(),
    complexity: stringList.optional(),
    industry: stringList.optional(),
    surface: stringList.optional(),
    octicon: z.string().optional(),
    sidebarLink: z.looseObject({ text: z.string(), href: z.string() }).optional(),
    spotlight: z.array(z.looseObject({ article: z.string(), image: z.string() })).optional(),
    recommended: stringList.min(3).max(9).optional(),
    filters: stringList.optional(),
    carousels: z.record(z.string(), stringList).optional(),
    includedCategories: stringList.optional(),
    journeyTracks: z.array(journeyTrackSchema).optional(),
    journeyArticlesHeading: z.string().optional(),
    // Translation metadata added by the Microsoft-era translation pipeline (2022); unused by the site
    // The source commit a translation was made from (translation-outdated reads it).
    sourceCommit: z.string().optional(),
    'ms.openlocfilehash': z.string().optional(),
    'ms.sourcegitcommit': z.string().optional(),
    'ms.translationtype': z.string().optional(),
    'ms.contentlocale': z.string().optional(),
    'ms.lasthandoff': z.string().optional(),
    'ms.locfileid': z.string().optional(),
});
/** Keys whose values are prose a translator translates (default set). */
export const TRANSLATABLE_KEYS = ['title', 'shortTitle', 'intro', 'product', 'permissions'];
