/**
 * Deterministic builder: word-vector source + fixed vocabulary -> transformers.js
 * model directory (config.json, tokenizer.json, tokenizer_config.json,
 * onnx/model_quantized.onnx, optionally onnx/model.onnx, README.md).
 * Same inputs give byte-identical files: no timestamps, no Map/Set iteration over
 * unordered data, no platform-dependent maths.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WordVectorSource } from './wordVectorSource';
import { PAD_TOKEN, UNK_TOKEN, selectVocabulary, type Vocabulary } from './vocabulary';
import { DEFAULT_SIF_A, commonComponent, harmonicNumber, removeComponent, sifWeight, zipfProbability } from './sifWeights';
import { measureError, quantizePerRow, quantizePerTensor, type QuantizationError } from './quantize';
import { buildEmbeddingGraph } from './onnxGraph';
import { buildTokenizerConfig, buildTokenizerJson } from './tokenizerJson';
import { buildConfigJson } from './configJson';
import { buildModelCard } from './modelCard';

/** Bump when the builder's output format changes; recorded in the ONNX producer field. */
export const BUILDER_VERSION = '1.0.0';
/** 8 MB, decimal: the size budget for the committed model directory. */
export const DEFAULT_MAX_DIR_BYTES = 8_000_000;

export interface BuildOptions {
  /** Directory / model name, e.g. "ccic-glove-100d". */
  name: string;
  /** N: how many of the source's most frequent tokenizable words to keep. */
  frequentWords: number;
  domainWords: readonly string[];
  /** SIF smoothing constant a. */
  sifA?: number;
  /** Remove the first principal direction from all rows (SIF step 2). Default true. */
  removeCommonComponent?: boolean;
  /** Also write the float onnx/model.onnx: true, false, or 'auto' = only if the directory stays within maxDirBytes. */
  includeFloat?: boolean | 'auto';
  maxDirBytes?: number;
  /** Shell command quoted in the model card's rebuild section. */
  rebuildCommand?: string;
}

export interface BuildStats {
  name: string;
  source: string;
  licence: string;
  dim: number;
  /** Rows in the table, including [PAD] and [UNK]. */
  vocabSize: number;
  frequentWords: number;
  domainAdded: string[];
  domainMissing: string[];
  compounds: string[];
  sifA: number;
  commonComponentRemoved: boolean;
  perRowError: QuantizationError;
  perTensorError: QuantizationError;
  includesFloat: boolean;
  /** Bytes of every file except README.md (the card can't contain its own size). */
  filesBytes: number;
  /** Bytes of the whole directory. */
  totalBytes: number;
  maxDirBytes: number;
}

export interface BuiltModel {
  /** Relative path -> contents, in a fixed order. */
  files: Array<[string, Uint8Array]>;
  stats: BuildStats;
  vocabulary: Vocabulary;
}

export function buildStaticModel(source: WordVectorSource, options: BuildOptions): BuiltModel {
  const sifA = options.sifA ?? DEFAULT_SIF_A;
  const removeCC = options.removeCommonComponent ?? true;
  const maxDirBytes = options.maxDirBytes ?? DEFAULT_MAX_DIR_BYTES;
  const dim = source.dimension;

  const vocabulary = selectVocabulary(source, options.frequentWords, options.domainWords);
  const tokens = [PAD_TOKEN, UNK_TOKEN, ...vocabulary.entries.map((e) => e.token)];
  const table = weightedTable(source, vocabulary, sifA);
  if (removeCC) removeComponent(table, dim, commonComponent(table, dim));

  const quantized = quantizePerRow(table, dim);
  const perRowError = measureError(table, quantized);
  const perTensorError = measureError(table, quantizePerTensor(table, dim));

  const meta = { producerVersion: BUILDER_VERSION, docString: `${options.name}: SIF-weighted static word vectors from ${source.name}` };
  const quantBytes = buildEmbeddingGraph({ rows: tokens.length, dim, data: { kind: 'int8', values: quantized.values, scales: quantized.scales } }, meta);
  const floatBytes = options.includeFloat === false ? null
    : buildEmbeddingGraph({ rows: tokens.length, dim, data: { kind: 'float32', values: Float32Array.from(table) } }, meta);

  const common: Array<[string, Uint8Array]> = [
    ['config.json', jsonBytes(buildConfigJson({
      dim, vocabSize: tokens.length, sifA, commonComponentRemoved: removeCC, source: source.name,
      frequentWords: vocabulary.frequentCount, domainWords: vocabulary.domainAdded.length,
    }))],
    ['tokenizer.json', jsonBytes(buildTokenizerJson(tokens, vocabulary.compounds))],
    ['tokenizer_config.json', jsonBytes(buildTokenizerConfig())],
    ['onnx/model_quantized.onnx', quantBytes],
  ];
  // The card's own size is estimated generously so the decision doesn't depend on it.
  const CARD_ALLOWANCE = 16_000;
  const baseBytes = common.reduce((s, [, b]) => s + b.length, 0) + CARD_ALLOWANCE;
  const includesFloat = floatBytes !== null && (options.includeFloat === true || baseBytes + floatBytes.length <= maxDirBytes);
  const files: Array<[string, Uint8Array]> = includesFloat ? [...common, ['onnx/model.onnx', floatBytes]] : common;

  const stats: BuildStats = {
    name: options.name, source: source.name, licence: source.licence, dim,
    vocabSize: tokens.length, frequentWords: vocabulary.frequentCount,
    domainAdded: vocabulary.domainAdded, domainMissing: vocabulary.domainMissing, compounds: vocabulary.compounds,
    sifA, commonComponentRemoved: removeCC, perRowError, perTensorError, includesFloat,
    filesBytes: files.reduce((sum, [, b]) => sum + b.length, 0), totalBytes: 0, maxDirBytes,
  };
  const card = new TextEncoder().encode(buildModelCard(stats, options.rebuildCommand ?? 'npm run build:model'));
  files.push(['README.md', card]);
  stats.totalBytes = files.reduce((s, [, b]) => s + b.length, 0);
  if (stats.totalBytes > maxDirBytes) {
    throw new Error(`${options.name}: ${stats.totalBytes} bytes exceeds the ${maxDirBytes}-byte budget; lower frequentWords`);
  }
  return { files, stats, vocabulary };
}

/** Rows: [PAD] and [UNK] zero, then each word's vector times its SIF weight. */
function weightedTable(source: WordVectorSource, vocabulary: Vocabulary, sifA: number): Float64Array {
  const dim = source.dimension;
  const table = new Float64Array((vocabulary.entries.length + 2) * dim);
  const harmonic = harmonicNumber(source.words.length);
  vocabulary.entries.forEach((entry, i) => {
    const vec = source.vector(entry.sourceWord);
    if (!vec || vec.length !== dim) throw new Error(`no ${dim}-d vector for "${entry.sourceWord}"`);
    const w = sifWeight(zipfProbability(entry.rank, harmonic), sifA);
    const o = (i + 2) * dim;
    for (let d = 0; d < dim; d++) table[o + d] = vec[d]! * w;
  });
  return table;
}

function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes the files, removing a stale onnx/model.onnx left by an earlier build. */
export async function writeModelDir(dir: string, files: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void> {
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  if (!files.some(([name]) => name === 'onnx/model.onnx')) await rm(path.join(dir, 'onnx/model.onnx'), { force: true });
  for (const [name, bytes] of files) await writeFile(path.join(dir, name), bytes);
}
