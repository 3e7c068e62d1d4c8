/**
 * The browser side of search: loads the index (lazily, once) and embeds queries in a worker.
 * Ranking is the shared module the CLI uses, so both give the same answers.
 */
import {loadSearchIndex} from '../shared/search/indexFiles';
import type {SearchIndex} from '../shared/search/ranking';
import type {IndexManifest} from '../shared/search/types';
import type {WorkerRequest, WorkerResponse} from './embed.worker';

let indexPromise: Promise<SearchIndex> | undefined;
let worker: Worker | undefined;
let modelReady: Promise<void> | undefined;
let nextId = 1;
const pending = new Map<number, {resolve: (v: Float32Array) => void; reject: (e: Error) => void}>();

export function loadIndex(manifest: IndexManifest, baseUrl: string): Promise<SearchIndex> {
  indexPromise ??= loadSearchIndex(manifest, async (name) => {
    const response = await fetch(`${baseUrl}search/${name}`);
    if (!response.ok) throw new Error(`search index file ${name}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }).catch((error: unknown) => {
    console.error('Search index failed to load:', error);
    indexPromise = undefined;
    throw error;
  });
  return indexPromise;
}

/** Starts the model in the worker; resolves when queries can be embedded. */
export function startModel(manifest: IndexManifest): Promise<void> {
  if (modelReady) return modelReady;
  modelReady = new Promise<void>((resolve, reject) => {
    // A Content-Security-Policy without worker-src 'self', or a missing file, fails here or in
    // onerror: either way search stays lexical and says so.
    worker = new Worker(new URL('./embed.worker.ts', import.meta.url));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`search worker failed: ${event.message || 'could not load'}`));
      for (const request of pending.values()) request.reject(new Error('search worker failed'));
      pending.clear();
    };
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'ready') resolve();
      else if (message.type === 'vector') {
        pending.get(message.id)?.resolve(message.vector);
        pending.delete(message.id);
      } else if (message.type === 'error') {
        if (message.id === undefined) reject(new Error(message.message));
        else {
          pending.get(message.id)?.reject(new Error(message.message));
          pending.delete(message.id);
        }
      }
    };
    worker.postMessage({type: 'init', manifest, origin: window.location.origin} satisfies WorkerRequest);
  });
  modelReady.catch(() => {
    // Lexical search keeps working; the page says semantic search is unavailable.
  });
  return modelReady;
}

export async function embedQuery(manifest: IndexManifest, text: string): Promise<Float32Array> {
  await startModel(manifest);
  const id = nextId++;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    pending.set(id, {
      resolve: (vector) => {
        performance.measure('kb-search-embed', {start, end: performance.now()});
        resolve(vector);
      },
      reject,
    });
    worker!.postMessage({type: 'embed', id, text} satisfies WorkerRequest);
  });
}
