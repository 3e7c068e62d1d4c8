/// <reference lib="webworker" />
/**
 * Embeds queries off the main thread so typing never waits for the model. Loads the model the
 * index was built with, from the site itself, and onnxruntime's wasm from the site too.
 */
import {createEmbedder, type Embedder} from '../shared/embedder';
import type {IndexManifest} from '../shared/search/types';

export type WorkerRequest = {type: 'init'; manifest: IndexManifest; origin: string} | {type: 'embed'; id: number; text: string};
export type WorkerResponse = {type: 'ready'; dimension: number} | {type: 'vector'; id: number; vector: Float32Array} | {type: 'error'; id?: number; message: string};

let embedder: Promise<Embedder> | undefined;
const scope = self as unknown as DedicatedWorkerGlobalScope;

async function init(manifest: IndexManifest, origin: string): Promise<Embedder> {
  const {env} = await import('@xenova/transformers');
  // Threads need cross-origin isolation, which an intranet server may not provide.
  const wasm = (env.backends as {onnx?: {wasm?: {numThreads?: number}}}).onnx?.wasm;
  if (wasm) wasm.numThreads = 1;
  return createEmbedder(
    {
      model: manifest.model.name,
      localModelPath: new URL(manifest.model.path, origin).href,
      wasmPaths: new URL(manifest.wasmPath, origin).href,
      quantized: manifest.model.quantized,
      pooling: manifest.model.pooling,
      normalize: manifest.model.normalize,
      allowRemoteModels: false,
    },
    // The model's identity is already in the manifest: no need to download it twice to hash it.
    {readModelFile: async () => null},
  );
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      embedder ??= init(message.manifest, message.origin);
      const ready = await embedder;
      scope.postMessage({type: 'ready', dimension: ready.dimension} satisfies WorkerResponse);
    } else if (message.type === 'embed') {
      if (!embedder) throw new Error('embedder not initialised');
      const [vector] = await (await embedder).embed([message.text]);
      scope.postMessage({type: 'vector', id: message.id, vector} satisfies WorkerResponse, [vector.buffer]);
    }
  } catch (error) {
    scope.postMessage({type: 'error', id: message.type === 'embed' ? message.id : undefined, message: String((error as Error)?.message ?? error)} satisfies WorkerResponse);
  }
};
