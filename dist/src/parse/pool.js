import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
/** Below this many files, starting workers costs more than parsing in the main thread. */
export const MIN_FILES_FOR_WORKERS = 64;
/** Files per message: large enough that messaging is cheap, small enough to keep every worker busy. */
const BATCH_SIZE = 32;
export function defaultWorkerCount() {
    return availableParallelism();
}
/** Batches each worker holds at once: it parses the next while the main thread is busy with the last. */
const BATCHES_IN_FLIGHT = 2;
/**
 * Reads and parses `paths` in `workerCount` worker threads, in about the order given, and calls
 * `onLoaded` with each file's model as batches come back. Resolves when all are done; the workers are
 * then stopped. `isLoaded` tells which files need no parse any more (the main thread took them while
 * they waited): they are not sent. A worker that fails takes no file with it: what it had not returned
 * is parsed here with `parseHere`.
 */
export async function parseInWorkers(paths, settings, workerCount, onLoaded, parseHere, isLoaded = () => false) {
    const batches = [];
    for (let i = 0; i < paths.length; i += BATCH_SIZE)
        batches.push(paths.slice(i, i + BATCH_SIZE));
    let next = 0;
    const count = Math.max(1, Math.min(workerCount, batches.length));
    const runWorker = () => new Promise((resolve) => {
        const worker = startWorker(settings);
        const inFlight = new Map();
        const sendNext = () => {
            while (next < batches.length) {
                const request = { id: next, paths: batches[next++].filter((relative) => !isLoaded(relative)) };
                if (request.paths.length === 0)
                    continue;
                inFlight.set(request.id, request);
                worker.postMessage(request);
                return;
            }
            if (inFlight.size === 0)
                void worker.terminate();
        };
        worker.on('message', (response) => {
            const request = inFlight.get(response.id);
            inFlight.delete(response.id);
            response.loaded.forEach((loaded, i) => onLoaded(request.paths[i], loaded));
            sendNext();
        });
        // A worker that dies (a crash, out of memory) leaves its batches to the main thread; the others take the rest.
        worker.on('error', () => undefined);
        worker.on('exit', () => {
            for (const request of inFlight.values())
                for (const relative of request.paths)
                    parseHere(relative);
            inFlight.clear();
            resolve();
        });
        // Messages wait in the port until the worker listens.
        for (let i = 0; i < BATCHES_IN_FLIGHT; i++)
            sendNext();
    });
    await Promise.all(Array.from({ length: count }, runWorker));
    // Batches no worker took (every worker failed) are parsed here.
    while (next < batches.length)
        for (const relative of batches[next++])
            parseHere(relative);
}
function startWorker(settings) {
    const here = import.meta.url;
    if (!here.endsWith('.ts'))
        return new Worker(new URL('./worker.js', here), { workerData: settings });
    // Running from source (vitest, tsx): the worker loads its TypeScript through tsx too.
    const tsx = import.meta.resolve('tsx/esm/api');
    const worker = new URL('./worker', here).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
    return new Worker(bootstrap, { eval: true, workerData: settings });
}
