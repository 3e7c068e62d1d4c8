/**
 * The one text embedder used by the build, the CLI and the browser search worker.
 *
 * Two engines, chosen by inspecting the model's graph, not its name:
 * - "static": a lookup-and-pool graph (the default model) is run in plain TypeScript with
 *   transformers.js's tokenizer (staticEmbedder.ts): no onnxruntime, no wasm.
 * - "onnxruntime": anything else (MiniLM, BGE, ...) goes through transformers.js
 *   `pipeline('feature-extraction', model, { quantized })`, the same call that loads any hub
 *   export, so switching models is configuration only.
 * Browser-safe: no Node import at module top level; Node file access is a lazy `import()`
 * hidden from bundlers, and can be replaced through `EmbedderRuntime`.
 */
import type { FeatureExtractionPipeline } from '@xenova/transformers';
import type { StaticLookupModel } from './staticModel';

/** Embedder configuration, as it appears in site/search configuration. */
export interface EmbedderOptions {
  /**
   * Model to load. Either a model id resolved under `localModelPath`
   * (e.g. "ccic-glove-100d", or "Xenova/bge-small-en-v1.5" if a copy is placed
   * there), or a local directory path (absolute, "./" or "../"; Node only), which
   * is split into `localModelPath` + directory name.
   */
  model: string;
  /**
   * Root folder (Node) or URL prefix (browser, e.g. "/kb/models/") holding model
   * directories. Default: transformers.js's own default (its package's models/
   * folder in Node, "/models/" in the browser).
   */
  localModelPath?: string;
  /** Let transformers.js download from the Hugging Face hub. Off by default: the site runs air-gapped. */
  allowRemoteModels: boolean;
  /** Load onnx/model_quantized.onnx (true) or onnx/model.onnx (false). The default model ships only the quantised file. */
  quantized: boolean;
  /** Token pooling: 'mean' over the attention mask (sentence-transformers style), or 'cls' (first token, e.g. BGE). */
  pooling: 'mean' | 'cls';
  /** L2-normalise each embedding so a dot product is the cosine similarity. */
  normalize: boolean;
  /**
   * Browser only: where onnxruntime-web fetches its .wasm files. transformers.js
   * defaults to a CDN, which an air-gapped intranet cannot reach: point it at a
   * self-hosted copy of node_modules/@xenova/transformers/dist/.
   */
  wasmPaths?: string;
  /** Texts per model call; bounds memory for long inputs. */
  batchSize: number;
}

/** Defaults for every option except `model`. */
export const DEFAULT_EMBEDDER_OPTIONS = {
  allowRemoteModels: false,
  quantized: true,
  pooling: 'mean',
  normalize: true,
  batchSize: 32,
} as const satisfies Omit<EmbedderOptions, 'model'>;

/** What callers pass: `model` plus any options to override. */
export type EmbedderConfig = Pick<EmbedderOptions, 'model'> & Partial<Omit<EmbedderOptions, 'model'>>;

/** How vectors are computed: the static fast path, or transformers.js's onnxruntime pipeline. */
export type EmbeddingEngine = 'static' | 'onnxruntime';

/** The shipped default model (models/ccic-glove-100d, 100 dimensions). */
export const DEFAULT_MODEL = 'ccic-glove-100d';

export interface Embedder {
  /**
   * "<name>@<16 hex>": the hex part hashes the model's files (config, tokenizer,
   * ONNX graph) and the pooling/normalize/quantized settings, so an embedding
   * cache keyed by it is invalidated whenever the vectors could change.
   */
  readonly modelId: string;
  readonly dimension: number;
  readonly engine: EmbeddingEngine;
  /** One vector per text, in order. Empty or all-unknown texts give a zero vector. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Environment hooks; only needed where the defaults can't work. */
export interface EmbedderRuntime {
  /**
   * Reads a file of the model directory (path relative to it, e.g.
   * "onnx/model_quantized.onnx"), or null if absent. Default: the file system in
   * Node, fetch() elsewhere.
   */
  readModelFile?: (relativePath: string) => Promise<Uint8Array | null>;
  /**
   * The engine, when already known (the browser reads it from the index manifest, so a
   * transformer's ONNX file is not downloaded once to inspect and again to run). Default:
   * inspect the graph. 'onnxruntime' also forces the pipeline for a static model (parity test).
   */
  engine?: EmbeddingEngine;
}

export function resolveEmbedderOptions(config: EmbedderConfig): EmbedderOptions {
  return { ...DEFAULT_EMBEDDER_OPTIONS, ...stripUndefined(config), model: config.model };
}

/** Files whose bytes determine the vectors. */
export function fingerprintFiles(quantized: boolean): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx'];
}

/** SHA-256 (hex) over the model files' hashes; Node only. Throws if a file is missing. */
export async function modelFingerprint(dir: string, quantized = true): Promise<string> {
  return fingerprintFrom(nodeFileReader(dir), quantized);
}

// transformers.js keeps settings in one global `env`; serialise loads so two
// embedders with different settings can't interleave.
let loading: Promise<unknown> = Promise.resolve();

export async function createEmbedder(config: EmbedderConfig, runtime: EmbedderRuntime = {}): Promise<Embedder> {
  const run = loading.then(() => load(resolveEmbedderOptions(config), runtime));
  loading = run.catch(() => undefined);
  return run;
}

async function load(options: EmbedderOptions, runtime: EmbedderRuntime): Promise<Embedder> {
  const { root, name } = splitModelPath(options.model, options.localModelPath);
  const inNode = isNode();
  // transformers.js's own default folder when none is configured.
  const modelRoot = root ?? (inNode ? (await import('@xenova/transformers/src/env.js')).env.localModelPath : '/models/');
  const base = joinUrl(modelRoot, name);
  const onnxFile = fingerprintFiles(options.quantized).at(-1)!;
  let staticModel: StaticLookupModel | null = null;
  const tokenizerSettings = { name, localModelPath: modelRoot, allowRemoteModels: options.allowRemoteModels };
  // When the manifest already says the model is static (the browser), its tokenizer loads while
  // the model file downloads rather than after it.
  const earlyTokenizer = runtime.engine === 'static' ? import('./staticEmbedder').then((m) => m.loadStaticTokenizer(tokenizerSettings)) : undefined;
  earlyTokenizer?.catch(() => undefined); // awaited below; a model failure may come first
  if (runtime.engine !== 'onnxruntime') {
    const bytes = await (inNode ? nodeFileReader(base) : fetchFileReader(base))(onnxFile);
    if (bytes) staticModel = (await import('./staticModel')).loadStaticModel(bytes);
    if (runtime.engine === 'static' && !staticModel) throw new Error(`${name}: ${onnxFile} is not a static lookup model`);
  }
  const settings = `pooling=${options.pooling};normalize=${options.normalize};quantized=${options.quantized}`;
  const modelId = async (localModelPath: string) => {
    const reader = runtime.readModelFile ?? (inNode ? nodeFileReader(joinUrl(localModelPath, name)) : fetchFileReader(joinUrl(localModelPath, name)));
    const files = await fingerprintFrom(reader, options.quantized).catch(() => `remote:${name}`);
    return `${name}@${sha256Hex(utf8(`${files}\n${settings}`)).slice(0, 16)}`;
  };

  if (staticModel) {
    const { createStaticEncoder, loadStaticTokenizer } = await import('./staticEmbedder');
    const tokenizer = await (earlyTokenizer ?? loadStaticTokenizer(tokenizerSettings));
    const encoder = createStaticEncoder(staticModel, tokenizer, { pooling: options.pooling, normalize: options.normalize });
    return batched('static', await modelId(modelRoot), encoder.dimension, options.batchSize, async (batch) => encoder.encode(batch).map(finite));
  }

  const { env, pipeline } = await import('@xenova/transformers');
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemoteModels;
  if (root !== undefined) env.localModelPath = root;
  // Caches only help for downloads. For local models they would keep serving
  // stale files after the model is rebuilt (the Cache API keys by URL).
  env.useFSCache = inNode && options.allowRemoteModels;
  env.useBrowserCache = !inNode && options.allowRemoteModels;
  if (!inNode) env.cacheDir = null as unknown as string;
  const wasm = (env.backends as { onnx?: { wasm?: { wasmPaths?: unknown; numThreads?: number } } }).onnx?.wasm;
  if (options.wasmPaths !== undefined && wasm) wasm.wasmPaths = options.wasmPaths;
  // Threads need cross-origin isolation, which an intranet server may not provide.
  if (!inNode && wasm) wasm.numThreads = 1;

  const extractor = (await pipeline('feature-extraction', name, { quantized: options.quantized })) as FeatureExtractionPipeline;
  const run = async (batch: string[]): Promise<Float32Array[]> => {
    const out = await extractor(batch, { pooling: options.pooling, normalize: options.normalize });
    const [rows, dim] = out.dims as [number, number];
    const data = out.data as Float32Array;
    return Array.from({ length: rows }, (_, r) => finite(data.slice(r * dim, (r + 1) * dim)));
  };
  const dimension = (await run(['dimension probe']))[0]!.length;
  return batched('onnxruntime', await modelId(env.localModelPath), dimension, options.batchSize, run);
}

/** An Embedder over a batch function: blank texts get zero vectors, the rest go in batches. */
function batched(engine: EmbeddingEngine, modelId: string, dimension: number, batchSize: number, run: (batch: string[]) => Promise<Float32Array[]>): Embedder {
  return {
    modelId,
    dimension,
    engine,
    async embed(texts) {
      const result: Float32Array[] = texts.map(() => new Float32Array(dimension));
      // Empty texts tokenise to zero tokens, which some models reject: skip them.
      const todo = texts.map((t, i) => [t, i] as const).filter(([t]) => t.trim() !== '');
      for (let start = 0; start < todo.length; start += batchSize) {
        const chunk = todo.slice(start, start + batchSize);
        const vectors = await run(chunk.map(([t]) => t));
        chunk.forEach(([, i], k) => { result[i] = vectors[k]!; });
      }
      return result;
    },
  };
}

/** A path-like model ("/x/m", "./m", "../m", "C:\m") becomes root "/x/" + name "m". */
export function splitModelPath(model: string, localModelPath?: string): { root?: string; name: string } {
  const isPath = /^(?:\/|\.{1,2}[\\/]|[A-Za-z]:[\\/])/.test(model);
  if (!isPath) return { root: localModelPath, name: model };
  const trimmed = model.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return { root: trimmed.slice(0, cut + 1) || '/', name: trimmed.slice(cut + 1) };
}

async function fingerprintFrom(read: (rel: string) => Promise<Uint8Array | null>, quantized: boolean): Promise<string> {
  const lines: string[] = [];
  for (const rel of fingerprintFiles(quantized)) {
    const bytes = await read(rel);
    if (!bytes) throw new Error(`model file not found: ${rel}`);
    lines.push(`${rel}\t${sha256Hex(bytes)}`);
  }
  return sha256Hex(utf8(lines.join('\n')));
}

function nodeFileReader(dir: string): (rel: string) => Promise<Uint8Array | null> {
  return async (rel) => {
    // Hidden from webpack/vite so the browser bundle never tries to resolve node:fs.
    const specifier = 'node:fs/promises';
    const fs = (await import(/* webpackIgnore: true */ /* @vite-ignore */ specifier)) as typeof import('node:fs/promises');
    return fs.readFile(joinUrl(dir, rel)).then((b) => new Uint8Array(b), () => null);
  };
}

function fetchFileReader(base: string): (rel: string) => Promise<Uint8Array | null> {
  return async (rel) => {
    const response = await fetch(joinUrl(base, rel));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  };
}

function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

function joinUrl(a: string, b: string): string {
  return `${a.replace(/[\\/]+$/, '')}/${b.replace(/^[\\/]+/, '')}`;
}

/** Zero vectors normalise to NaN (0/0); an all-unknown text should just be zero. */
function finite(v: Float32Array): Float32Array {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i]!)) v[i] = 0;
  return v;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/**
 * Plain SHA-256. crypto.subtle exists only in secure contexts, and an intranet
 * site may be served over plain http, so the worker can't rely on it.
 */
export function sha256Hex(data: Uint8Array): string {
  const k = SHA256_K;
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const bitLength = data.length * 8;
  const padded = new Uint8Array((((data.length + 9 + 63) >> 6) << 6));
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const w = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => { h[i] = (h[i]! + x) >>> 0; });
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

const SHA256_K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
