import type { YamlModel } from '../model/document.js';
/** Parses YAML that starts at `offset` in the file, keeping the position of every key. */
export declare function parseYaml(source: string, offset: number): YamlModel;
