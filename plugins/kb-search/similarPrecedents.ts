import type {Chunk} from '../../src/shared/search/types';

export interface SimilarPrecedent {
  id: string;
  title: string;
  url: string;
  cosine: number;
}

/** For each precedent, its nearest other precedents by cosine of their (unit) embeddings. */
export function similarPrecedents(chunks: Chunk[], vectors: Float32Array[], count = 3): Record<string, SimilarPrecedent[]> {
  const precedents = chunks.map((chunk, i) => ({chunk, vector: vectors[i]})).filter(({chunk}) => chunk.type === 'precedent');
  const result: Record<string, SimilarPrecedent[]> = {};
  for (const {chunk, vector} of precedents) {
    result[chunk.id.replace(/^precedent:/, '')] = precedents
      .filter((other) => other.chunk.id !== chunk.id)
      .map((other) => ({id: other.chunk.id.replace(/^precedent:/, ''), title: other.chunk.title, url: other.chunk.url, cosine: dot(vector, other.vector)}))
      .sort((a, b) => b.cosine - a.cosine || a.id.localeCompare(b.id))
      .slice(0, count)
      .map((s) => ({...s, cosine: Math.round(s.cosine * 1000) / 1000}));
  }
  return result;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i] * b[i];
  return sum;
}
