/// <reference lib="webworker" />
/**
 * Embeds queries off the main thread so typing never waits for the model. Loads the model the
 * index was built with, from the site itself, with the engine the build chose: a static model
 * in plain TypeScript, anything else with onnxruntime (its wasm served from the site too).
 */
import {createEmbedder, type Embedder} from '../shared/embedder';
import type {IndexManifest} from '../shared/search/types';

export type WorkerRequest = {type: 'init'; manifest: IndexManifest; origin: string} | {type: 'embed'; id: number; text: string};
export type WorkerResponse = {type: 'ready'; dimension: number; engine: Embedder['engine']} | {type: 'vector'; id: number; vector: Float32Array} | {type: 'error'; id?: number; message: string};

let embedder: Promise<Embedder> | undefined;
const scope = self as unknown as DedicatedWorkerGlobalScope;

async function init(manifest: IndexManifest, origin: string): Promise<Embedder> {
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
    // The model's identity and engine are already in the manifest: no need to download it
    // twice to hash or inspect it.
    {readModelFile: async () => null, engine: manifest.model.engine},
  );
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      embedder ??= init(message.manifest, message.origin).then(async (loaded) => {
        // The first embedding runs cold code (tokenizer, pooling) at several times the later cost:
        // spend that before the reader's first keystroke, not on it.
        await loaded.embed(['export licence']);
        return loaded;
      });
      const ready = await embedder;
      scope.postMessage({type: 'ready', dimension: ready.dimension, engine: ready.engine} satisfies WorkerResponse);
    } else if (message.type === 'embed') {
      if (!embedder) throw new Error('embedder not initialised');
      const [vector] = await (await embedder).embed([message.text]);
      scope.postMessage({type: 'vector', id: message.id, vector} satisfies WorkerResponse, [vector.buffer]);
    }
  } catch (error) {
    scope.postMessage({type: 'error', id: message.type === 'embed' ? message.id : undefined, message: String((error as Error)?.message ?? error)} satisfies WorkerResponse);
  }
};
