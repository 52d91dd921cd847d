/**
 * A worker thread of the parse pool: reads and parses the files it is sent and posts their document
 * models back (plain data: structured clone keeps them whole).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocument } from './load.js';
import type { ParseRequest, ParseResponse, PoolSettings } from './pool.js';

const { root, limits, options, withHashes } = workerData as PoolSettings;

parentPort?.on('message', (request: ParseRequest) => {
  const response: ParseResponse = { id: request.id, loaded: request.paths.map((relative) => loadDocument(root, relative, limits, options, withHashes)) };
  parentPort?.postMessage(response);
});
