import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_EMBEDDER_OPTIONS, DEFAULT_MODEL} from '../../src/shared/embedder';
import {DEFAULT_RANKING} from '../../src/shared/search/ranking';

export interface SearchPluginOptions {
  /** Folder holding everything people author. */
  contentDir: string;
  /** Where generated public files go (served under `npm start` too); the index is in `search/`. */
  generatedStaticDir: string;
  /** Embedding model: a name under `modelsDir`, or a transformers.js model id when remote downloads are allowed. */
  model: string;
  /** Folder of local model directories (each a transformers.js export). */
  modelsDir: string;
  /** Allow transformers.js to download the model from a hub. Off: the site runs air-gapped. */
  allowRemoteModels: boolean;
  /** Load `onnx/model_quantized.onnx` rather than `onnx/model.onnx`. */
  quantized: boolean;
  /** Token pooling: `mean` for sentence-transformers-style models, `cls` for BGE. */
  pooling: 'mean' | 'cls';
  /** L2-normalise embeddings (the ranking assumes unit vectors). */
  normalize: boolean;
  /** Where embeddings are cached between builds, keyed by model ID and text. */
  cacheDir: string;
  /** Weight of the vector ranking in the fusion; raise it for a stronger model (e.g. 1 for MiniLM or BGE). */
  vectorWeight: number;
  /** Vector-only matches below this cosine are left out of hybrid results. */
  minCosine: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchPluginOptions = {
  contentDir: 'content',
  generatedStaticDir: '.generated/static',
  model: DEFAULT_MODEL,
  modelsDir: 'models',
  allowRemoteModels: DEFAULT_EMBEDDER_OPTIONS.allowRemoteModels,
  quantized: DEFAULT_EMBEDDER_OPTIONS.quantized,
  pooling: DEFAULT_EMBEDDER_OPTIONS.pooling,
  normalize: DEFAULT_EMBEDDER_OPTIONS.normalize,
  cacheDir: 'node_modules/.cache/ccic-kb',
  vectorWeight: DEFAULT_RANKING.vectorWeight,
  minCosine: DEFAULT_RANKING.minCosine,
};

const d = DEFAULT_SEARCH_OPTIONS;
const schema = Joi.object<SearchPluginOptions>({
  contentDir: Joi.string().default(d.contentDir),
  generatedStaticDir: Joi.string().default(d.generatedStaticDir),
  model: Joi.string().default(d.model),
  modelsDir: Joi.string().default(d.modelsDir),
  allowRemoteModels: Joi.boolean().default(d.allowRemoteModels),
  quantized: Joi.boolean().default(d.quantized),
  pooling: Joi.string().valid('mean', 'cls').default(d.pooling),
  normalize: Joi.boolean().default(d.normalize),
  cacheDir: Joi.string().default(d.cacheDir),
  vectorWeight: Joi.number().min(0).default(d.vectorWeight),
  minCosine: Joi.number().min(-1).max(1).default(d.minCosine),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<SearchPluginOptions>, SearchPluginOptions>): SearchPluginOptions {
  return validate(schema, options);
}
