/**
 * A worker thread of the parse pool: reads and parses the files it is sent and posts their document
 * models back (plain data: structured clone keeps them whole).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocument } from './load.js';
const { root, limits, options, withHashes } = workerData;
parentPort?.on('message', (request) => {
    const response = { id: request.id, loaded: request.paths.map((relative) => loadDocument(root, relative, limits, options, withHashes)) };
    parentPort?.postMessage(response);
});
