/**
 * Creates a folder and the missing folders above it, one at a time. Node's `mkdirSync(…, { recursive:
 * true })` loops forever where a parent refuses new folders with ENOENT (under `/proc`, say); here the
 * first refusal throws.
 */
export declare function makeFolders(folder: string): void;
