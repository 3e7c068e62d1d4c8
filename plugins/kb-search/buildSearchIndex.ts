import crypto from 'node:crypto';
import {serializeLexicalIndex} from '../../src/shared/search/lexical';
import {DEFAULT_RANKING} from '../../src/shared/search/ranking';
import type {Chunk, IndexManifest, IndexMeta, RankingSettings} from '../../src/shared/search/types';
import {encodeVectorIndex, quantizeVectors} from '../../src/shared/search/vectors';
import type {RegistryRecord} from '../../src/shared/controlRegistry';
import type {ThesaurusMap} from '../../src/shared/search/thesaurus';

export interface BuiltIndex {
  manifest: IndexManifest;
  /** File name (under the search folder) → contents. */
  files: Record<string, string | Uint8Array>;
}

const hashOf = (content: string | Uint8Array) => crypto.createHash('sha256').update(content).digest('hex').slice(0, 12);

/**
 * The three index files, each named by its content hash so the browser may cache it for ever,
 * and the small manifest that names them.
 */
export function buildSearchIndex(
  chunks: Chunk[],
  vectors: Float32Array[],
  controls: RegistryRecord[],
  model: {modelId: string; dimension: number} & IndexManifest['model'],
  wasmPath: string,
  ranking: RankingSettings = DEFAULT_RANKING,
  thesaurus: ThesaurusMap = {},
): BuiltIndex {
  const meta: IndexMeta = {formatVersion: 1, modelId: model.modelId, dimension: model.dimension, ranking, thesaurus, chunks, controls};
  const metaJson = JSON.stringify(meta);
  const lexicalJson = serializeLexicalIndex(chunks);
  const vectorBytes = encodeVectorIndex(quantizeVectors(vectors, model.dimension));
  const names = {
    meta: `meta.${hashOf(metaJson)}.json`,
    lexical: `lexical.${hashOf(lexicalJson)}.json`,
    vectors: `vectors.${hashOf(vectorBytes)}.bin`,
  };
  const {modelId, dimension, ...modelFiles} = model;
  const manifest: IndexManifest = {formatVersion: 1, modelId, dimension, count: chunks.length, ...names, model: modelFiles, wasmPath};
  return {manifest, files: {[names.meta]: metaJson, [names.lexical]: lexicalJson, [names.vectors]: vectorBytes}};
}
