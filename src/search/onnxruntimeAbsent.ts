/**
 * Stands in for onnxruntime-web where only transformers.js's tokenizer is bundled (the static
 * model path, see plugins/kb-search/index.ts): the tokenizer module imports onnxruntime for its
 * Tensor class but never runs a model, so neither onnxruntime's script nor its wasm is loaded.
 */
export class Tensor {
  constructor(
    readonly type: string,
    readonly data: unknown,
    readonly dims: number[],
  ) {}
}

export class InferenceSession {
  static create(): never {
    throw new Error('onnxruntime is not loaded for a static model; see src/shared/embedder.ts');
  }
}

export const env = {wasm: {}};

export default {Tensor, InferenceSession, env};
