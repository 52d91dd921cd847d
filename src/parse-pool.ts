import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedDocument, ReadLimits } from './documents.js';
import type { ParseOptions } from './parse/document.js';

export interface PoolSettings {
  root: string;
  limits: ReadLimits;
  options: ParseOptions;
  /** Whether to hash each file's bytes (for the model cache). */
  withHashes: boolean;
}

export interface ParseRequest {
  id: number;
  paths: string[];
}

export interface ParseResponse {
  id: number;
  loaded: LoadedDocument[];
}

/** Below this many files, starting workers costs more than parsing in the main thread. */
export const MIN_FILES_FOR_WORKERS = 64;

/** Files per message: large enough that messaging is cheap, small enough to keep every worker busy. */
const BATCH_SIZE = 32;

export function defaultWorkerCount(): number {
  return availableParallelism();
}

/**
 * Reads and parses `paths` in `workerCount` worker threads and calls `onLoaded` with each file's
 * model as batches come back (in no fixed order). Resolves when all are done; the workers are then
 * stopped. A worker that fails takes no file with it: what it had not returned is parsed here.
 */
export async function parseInWorkers(
  paths: readonly string[],
  settings: PoolSettings,
  workerCount: number,
  onLoaded: (relative: string, loaded: LoadedDocument) => void,
  parseHere: (relative: string) => void,
): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push(paths.slice(i, i + BATCH_SIZE));
  let next = 0;
  const count = Math.max(1, Math.min(workerCount, batches.length));
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = startWorker(settings);
      let current: ParseRequest | null = null;
      const sendNext = (): void => {
        if (next >= batches.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = { id: next, paths: batches[next++] };
        worker.postMessage(current);
      };
      worker.on('message', (response: ParseResponse) => {
        const batch = batches[response.id];
        response.loaded.forEach((loaded, i) => onLoaded(batch[i], loaded));
        sendNext();
      });
      // A worker that dies (a crash, out of memory) leaves its batch to the main thread; the others take the rest.
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        if (current) for (const relative of current.paths) parseHere(relative);
        current = null;
        resolve();
      });
      // Messages wait in the port until the worker listens.
      sendNext();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  // Batches no worker took (every worker failed) are parsed here.
  while (next < batches.length) for (const relative of batches[next++]) parseHere(relative);
}

function startWorker(settings: PoolSettings): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', here), { workerData: settings });
  // Running from source (vitest, tsx): the worker loads its TypeScript through tsx too.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./parse-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: settings });
}
