/**
 * One index build, as the kb-search plugin does it (embedWithCache → buildSearchIndex →
 * writeGeneratedFiles), timed by phase.
 *
 * buildSearchIndex does meta JSON + lunr + int8 vectors in one call, so the phases are split by
 * also timing its cheap vector/meta part on its own (quantizeVectors + encodeVectorIndex +
 * JSON.stringify of the meta): lexical = buildSearchIndex − that. Only the cheap part runs twice;
 * lunr, the expensive part, runs once.
 */
import path from 'node:path';
import {buildSearchIndex, type BuiltIndex} from '../../plugins/kb-search/buildSearchIndex';
import {embeddingText} from '../../plugins/kb-search/chunkContent';
import {embedWithCache} from '../../plugins/kb-search/embedChunks';
import {EmbeddingCache} from '../../plugins/kb-search/embeddingCache';
import {writeGeneratedFiles} from '../../plugins/kb-content/writeGeneratedFiles';
import {DEFAULT_MODEL, type Embedder} from '../../src/shared/embedder';
import {MANIFEST_FILE} from '../../src/shared/search/indexFiles';
import type {IndexMeta} from '../../src/shared/search/types';
import {encodeVectorIndex, quantizeVectors} from '../../src/shared/search/vectors';
import type {SyntheticCorpus} from './syntheticCorpus';

export interface BuildFigures {
  chunks: number;
  /** Chunks the model embedded (0 on a warm rebuild) and chunks served by the cache. */
  embedded: number;
  cached: number;
  /** Cache load + embedWithCache (which saves the cache). */
  embedMs: number;
  /** lunr build + its JSON (+ content hashing), i.e. buildSearchIndex minus vectorsMs. */
  lexicalMs: number;
  /** int8 quantisation + encoding + meta JSON, timed on their own. */
  vectorsMs: number;
  /** Writing the three files and the manifest. */
  writeMs: number;
  totalMs: number;
}

export async function timedBuild(
  corpus: SyntheticCorpus,
  embedder: Embedder,
  dirs: {cache: string; site: string},
): Promise<{figures: BuildFigures; built: BuiltIndex}> {
  const {chunks, controls} = corpus;
  const started = performance.now();
  const cache = new EmbeddingCache(dirs.cache, embedder.modelId);
  const {vectors, report} = await embedWithCache(chunks.map(embeddingText), embedder, cache);
  const embedded = performance.now();

  const vectorsMs = timeVectorPart({formatVersion: 1, modelId: embedder.modelId, dimension: embedder.dimension, chunks, controls}, vectors);

  const indexStart = performance.now();
  const built = buildSearchIndex(chunks, vectors, controls, {
    modelId: embedder.modelId,
    dimension: embedder.dimension,
    name: DEFAULT_MODEL,
    path: '/models/',
    quantized: true,
    pooling: 'mean',
    normalize: true,
    engine: embedder.engine,
  }, '/ort/');
  const indexMs = performance.now() - indexStart;

  const writeStart = performance.now();
  writeGeneratedFiles(path.join(dirs.site, path.dirname(MANIFEST_FILE)), built.files);
  writeGeneratedFiles(dirs.site, {[MANIFEST_FILE]: JSON.stringify(built.manifest, null, 2)});
  const finished = performance.now();

  return {
    built,
    figures: {
      chunks: report.total,
      embedded: report.embedded,
      cached: report.cached,
      embedMs: embedded - started,
      lexicalMs: Math.max(0, indexMs - vectorsMs),
      vectorsMs,
      writeMs: finished - writeStart,
      totalMs: embedded - started + indexMs + (finished - writeStart),
    },
  };
}

/** The vector and meta part of buildSearchIndex on its own; its output is dropped at once. */
function timeVectorPart(meta: IndexMeta, vectors: Float32Array[]): number {
  const start = performance.now();
  const bytes = encodeVectorIndex(quantizeVectors(vectors, meta.dimension)).byteLength + JSON.stringify(meta).length;
  const elapsed = performance.now() - start;
  if (bytes === 0) throw new Error('empty index');
  return elapsed;
}
