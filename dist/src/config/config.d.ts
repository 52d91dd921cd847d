import { z } from 'zod';
import type { LintOptions } from '../engine/options.js';
import type { RuleMeta, Severity } from '../rule-kit/rule.js';
import type { RuleOverride, RuleSettingMap } from './rule-settings.js';
import { type Layout } from '../model/layout.js';
export declare const CONFIG_FILE_NAME = "docs-lint.config.json";
/** What a config file may hold (the zod schema checks it; `docs/docs-lint.config.schema.json` publishes it). */
export interface Config {
    $schema?: string;
    rules?: RuleSettingMap;
    overrides?: readonly RuleOverride[];
    ignore?: readonly string[];
    languages?: readonly string[];
    layout?: Partial<Layout>;
    translatableKeys?: readonly string[];
    terms?: readonly string[];
    liquid?: {
        blockTags?: readonly string[];
    };
    maxFileSize?: number;
    reportUnusedDisableDirectives?: boolean | Severity;
}
/** The zod schema of the config, with one documented key per rule under `rules`. */
export declare function configSchema(rules: readonly RuleMeta[]): z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    rules: z.ZodOptional<z.ZodObject<{
        [x: string]: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            error: "error";
            off: "off";
            warn: "warn";
        }>, z.ZodTuple<[z.ZodEnum<{
            error: "error";
            off: "off";
            warn: "warn";
        }>, z.ZodRecord<z.ZodString, z.ZodUnknown>], null>]>>;
    }, z.core.$strict>>;
    overrides: z.ZodOptional<z.ZodArray<z.ZodObject<{
        languages: z.ZodOptional<z.ZodArray<z.ZodString>>;
        files: z.ZodOptional<z.ZodArray<z.ZodString>>;
        rules: z.ZodObject<{
            [x: string]: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
                error: "error";
                off: "off";
                warn: "warn";
            }>, z.ZodTuple<[z.ZodEnum<{
                error: "error";
                off: "off";
                warn: "warn";
            }>, z.ZodRecord<z.ZodString, z.ZodUnknown>], null>]>>;
        }, z.core.$strict>;
    }, z.core.$strict>>>;
    ignore: z.ZodOptional<z.ZodArray<z.ZodString>>;
    languages: z.ZodOptional<z.ZodArray<z.ZodString>>;
    layout: z.ZodOptional<z.ZodObject<{
        content: z.ZodOptional<z.ZodString>;
        data: z.ZodOptional<z.ZodString>;
        translations: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    translatableKeys: z.ZodOptional<z.ZodArray<z.ZodString>>;
    terms: z.ZodOptional<z.ZodArray<z.ZodString>>;
    liquid: z.ZodOptional<z.ZodObject<{
        blockTags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    maxFileSize: z.ZodOptional<z.ZodNumber>;
    reportUnusedDisableDirectives: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodEnum<{
        error: "error";
        off: "off";
        warn: "warn";
    }>]>>;
}, z.core.$strict>;
/** The JSON Schema of the config, for editors (draft-07: the draft editors support best). */
export declare function configJsonSchema(rules: readonly RuleMeta[]): Record<string, unknown>;
/** Reads and checks a config file; `label` is how messages name it. */
export declare function readConfigFile(file: string, label: string, rules: readonly RuleMeta[]): Config;
/** Checks a config value (parsed JSON, or an object given to the API). */
export declare function validateConfig(value: unknown, label: string, rules: readonly RuleMeta[]): Config;
/** Engine options from a config (the caller lays the command line's options over them). */
export declare function configOptions(config: Config): Partial<LintOptions>;
/** A JSON path as JavaScript would write it: `overrides[0].rules["link-anchor"]`. */
export declare function formatPath(path: readonly PropertyKey[]): string;
