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
/**
 * Whether `value` is a SemVer range in the sense of node-semver's `validRange`
 * (which github/docs uses): `*`, `>=2.22`, `<3.1`, `>3.3`, `>=3.1 <3.5`,
 * `2.22 - 3.0`, `~3.1 || ^3.4`, ...
 */
export declare function isSemverRange(value: string): boolean;
/** `versions` as an object: each plan (long name) or short name maps to a SemVer range. */
export declare const versionsObjectSchema: z.ZodObject<{
    fpt: z.ZodOptional<z.ZodString>;
    ghec: z.ZodOptional<z.ZodString>;
    ghes: z.ZodOptional<z.ZodString>;
    ghae: z.ZodOptional<z.ZodString>;
    'free-pro-team': z.ZodOptional<z.ZodString>;
    'enterprise-cloud': z.ZodOptional<z.ZodString>;
    'enterprise-server': z.ZodOptional<z.ZodString>;
    'github-ae': z.ZodOptional<z.ZodString>;
    feature: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
}, z.core.$strict>;
/** `versions`: an object of version name -> range, or the string `'*'` for all versions. */
export declare const versionsSchema: z.ZodUnion<readonly [z.ZodLiteral<"*">, z.ZodObject<{
    fpt: z.ZodOptional<z.ZodString>;
    ghec: z.ZodOptional<z.ZodString>;
    ghes: z.ZodOptional<z.ZodString>;
    ghae: z.ZodOptional<z.ZodString>;
    'free-pro-team': z.ZodOptional<z.ZodString>;
    'enterprise-cloud': z.ZodOptional<z.ZodString>;
    'enterprise-server': z.ZodOptional<z.ZodString>;
    'github-ae': z.ZodOptional<z.ZodString>;
    feature: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
}, z.core.$strict>]>;
export declare const frontMatterSchema: z.ZodObject<{
    title: z.ZodString;
    versions: z.ZodUnion<readonly [z.ZodLiteral<"*">, z.ZodObject<{
        fpt: z.ZodOptional<z.ZodString>;
        ghec: z.ZodOptional<z.ZodString>;
        ghes: z.ZodOptional<z.ZodString>;
        ghae: z.ZodOptional<z.ZodString>;
        'free-pro-team': z.ZodOptional<z.ZodString>;
        'enterprise-cloud': z.ZodOptional<z.ZodString>;
        'enterprise-server': z.ZodOptional<z.ZodString>;
        'github-ae': z.ZodOptional<z.ZodString>;
        feature: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    }, z.core.$strict>]>;
    shortTitle: z.ZodOptional<z.ZodString>;
    intro: z.ZodOptional<z.ZodString>;
    product: z.ZodOptional<z.ZodString>;
    permissions: z.ZodOptional<z.ZodString>;
    showMiniToc: z.ZodOptional<z.ZodBoolean>;
    miniTocMaxHeadingLevel: z.ZodOptional<z.ZodNumber>;
    mapTopic: z.ZodOptional<z.ZodBoolean>;
    subcategory: z.ZodOptional<z.ZodBoolean>;
    hidden: z.ZodOptional<z.ZodBoolean>;
    noEarlyAccessBanner: z.ZodOptional<z.ZodBoolean>;
    earlyAccessToc: z.ZodOptional<z.ZodBoolean>;
    layout: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodLiteral<false>]>>;
    redirect_from: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>>;
    allowTitleToDifferFromFilename: z.ZodOptional<z.ZodBoolean>;
    children: z.ZodOptional<z.ZodArray<z.ZodString>>;
    childGroups: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        octicon: z.ZodOptional<z.ZodString>;
        children: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$loose>>>;
    introLinks: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    featuredLinks: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString, z.ZodArray<z.ZodObject<{
        title: z.ZodOptional<z.ZodString>;
        href: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>]>>>;
    changelog: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        label: z.ZodOptional<z.ZodString>;
        prefix: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>, z.ZodArray<z.ZodObject<{
        title: z.ZodOptional<z.ZodString>;
        date: z.ZodOptional<z.ZodString>;
        href: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>]>>;
    type: z.ZodOptional<z.ZodEnum<{
        overview: "overview";
        quick_start: "quick_start";
        tutorial: "tutorial";
        how_to: "how_to";
        reference: "reference";
        rai: "rai";
    }>>;
    topics: z.ZodOptional<z.ZodArray<z.ZodString>>;
    includeGuides: z.ZodOptional<z.ZodArray<z.ZodString>>;
    learningTracks: z.ZodOptional<z.ZodArray<z.ZodString>>;
    beta_product: z.ZodOptional<z.ZodBoolean>;
    product_video: z.ZodOptional<z.ZodString>;
    product_video_transcript: z.ZodOptional<z.ZodString>;
    heroImage: z.ZodOptional<z.ZodString>;
    interactive: z.ZodOptional<z.ZodBoolean>;
    authors: z.ZodOptional<z.ZodArray<z.ZodString>>;
    examples_source: z.ZodOptional<z.ZodString>;
    effectiveDate: z.ZodOptional<z.ZodString>;
    contributor: z.ZodOptional<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        URL: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    communityRedirect: z.ZodOptional<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        href: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    externalProducts: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        href: z.ZodString;
        external: z.ZodBoolean;
    }, z.core.$loose>>>;
    hasExperimentalAlternative: z.ZodOptional<z.ZodBoolean>;
    defaultPlatform: z.ZodOptional<z.ZodEnum<{
        mac: "mac";
        windows: "windows";
        linux: "linux";
    }>>;
    defaultTool: z.ZodOptional<z.ZodString>;
    autogenerated: z.ZodOptional<z.ZodEnum<{
        "audit-logs": "audit-logs";
        "codeql-cli": "codeql-cli";
        "github-apps": "github-apps";
        graphql: "graphql";
        rest: "rest";
        "secret-scanning": "secret-scanning";
        webhooks: "webhooks";
    }>>;
    contentType: z.ZodOptional<z.ZodEnum<{
        reference: "reference";
        rai: "rai";
        "get-started": "get-started";
        concepts: "concepts";
        "how-tos": "how-tos";
        tutorials: "tutorials";
        homepage: "homepage";
        landing: "landing";
        other: "other";
    }>>;
    audience: z.ZodOptional<z.ZodArray<z.ZodString>>;
    docsTeamMetrics: z.ZodOptional<z.ZodArray<z.ZodString>>;
    category: z.ZodOptional<z.ZodArray<z.ZodString>>;
    complexity: z.ZodOptional<z.ZodArray<z.ZodString>>;
    industry: z.ZodOptional<z.ZodArray<z.ZodString>>;
    surface: z.ZodOptional<z.ZodArray<z.ZodString>>;
    octicon: z.ZodOptional<z.ZodString>;
    sidebarLink: z.ZodOptional<z.ZodObject<{
        text: z.ZodString;
        href: z.ZodString;
    }, z.core.$loose>>;
    spotlight: z.ZodOptional<z.ZodArray<z.ZodObject<{
        article: z.ZodString;
        image: z.ZodString;
    }, z.core.$loose>>>;
    recommended: z.ZodOptional<z.ZodArray<z.ZodString>>;
    filters: z.ZodOptional<z.ZodArray<z.ZodString>>;
    carousels: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    includedCategories: z.ZodOptional<z.ZodArray<z.ZodString>>;
    journeyTracks: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        timeCommitment: z.ZodOptional<z.ZodString>;
        guides: z.ZodArray<z.ZodObject<{
            href: z.ZodString;
            alternativeNextStep: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>>>;
    journeyArticlesHeading: z.ZodOptional<z.ZodString>;
    sourceCommit: z.ZodOptional<z.ZodString>;
    'ms.openlocfilehash': z.ZodOptional<z.ZodString>;
    'ms.sourcegitcommit': z.ZodOptional<z.ZodString>;
    'ms.translationtype': z.ZodOptional<z.ZodString>;
    'ms.contentlocale': z.ZodOptional<z.ZodString>;
    'ms.lasthandoff': z.ZodOptional<z.ZodString>;
    'ms.locfileid': z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;
/** Keys whose values are prose a translator translates (default set). */
export declare const TRANSLATABLE_KEYS: readonly ["title", "shortTitle", "intro", "product", "permissions"];
