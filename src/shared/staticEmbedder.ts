/**
 * The fast path for static lookup models: transformers.js's own tokenizer (AutoTokenizer, the
 * one its pipeline uses), the model's graph run in plain TypeScript (staticModel.ts), and the
 * pipeline's pooling and normalisation redone here, so the vectors agree with the onnxruntime
 * path (the parity test holds them to cosine ≥ 0.9999) without loading onnxruntime.
 *
 * The tokenizer is imported from transformers.js's tokenizer module, not the package entry:
 * in the browser bundle that module sits in its own webpack layer where onnxruntime-web is
 * replaced by a stand-in (plugins/kb-search/index.ts), so neither its script nor its wasm loads.
 */
import type {PreTrainedTokenizer} from '@xenova/transformers';
import type {StaticLookupModel} from './staticModel';

export interface StaticEmbedderSettings {
  /** Model name under `localModelPath`. */
  name: string;
  localModelPath?: string;
  allowRemoteModels: boolean;
  pooling: 'mean' | 'cls';
  normalize: boolean;
}

export interface StaticEncoder {
  readonly dimension: number;
  /** One vector per text (none blank), in order. */
  encode(texts: string[]): Float32Array[];
}

/** The model's tokenizer, as transformers.js's pipeline would load it. Needs no model weights, so it can load while they download. */
export async function loadStaticTokenizer(settings: Pick<StaticEmbedderSettings, 'name' | 'localModelPath' | 'allowRemoteModels'>): Promise<PreTrainedTokenizer> {
  const [{AutoTokenizer}, {env}] = await Promise.all([import('@xenova/transformers/src/tokenizers.js'), import('@xenova/transformers/src/env.js')]);
  env.allowLocalModels = true;
  env.allowRemoteModels = settings.allowRemoteModels;
  if (settings.localModelPath !== undefined) env.localModelPath = settings.localModelPath;
  env.useFSCache = false;
  env.useBrowserCache = false;
  return AutoTokenizer.from_pretrained(settings.name, {local_files_only: !settings.allowRemoteModels});
}

export function createStaticEncoder(model: StaticLookupModel, tokenizer: PreTrainedTokenizer, settings: Pick<StaticEmbedderSettings, 'pooling' | 'normalize'>): StaticEncoder {
  const {dim} = model;
  return {
    dimension: dim,
    encode(texts) {
      // Same options as the feature-extraction pipeline, minus padding (pooling ignores pads).
      const {input_ids: ids} = tokenizer(texts, {truncation: true, return_tensor: false} as never) as unknown as {input_ids: number[][]};
      const rows = model.lookup(ids.flat());
      let offset = 0;
      return ids.map((tokens) => {
        const vector = pool(rows, offset, tokens.length, dim, settings.pooling);
        offset += tokens.length;
        return settings.normalize ? normalize(vector) : vector;
      });
    },
  };
}

/** Mean over the text's tokens (all real: no padding) or its first token, as the pipeline pools. */
function pool(rows: Float32Array, first: number, count: number, dim: number, pooling: 'mean' | 'cls'): Float32Array {
  const out = new Float32Array(dim);
  if (count === 0) return out;
  if (pooling === 'cls') {
    out.set(rows.subarray(first * dim, (first + 1) * dim));
    return out;
  }
  for (let j = 0; j < dim; j++) {
    let sum = 0;
    for (let k = 0; k < count; k++) sum += rows[(first + k) * dim + j]!;
    out[j] = sum / count;
  }
  return out;
}

/** L2 normalisation; a zero vector stays zero (the pipeline's NaN is zeroed by the embedder). */
function normalize(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return v;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}
