import type {Embedder} from '../../src/shared/embedder';
import {EmbeddingCache} from './embeddingCache';

export interface EmbedReport {
  total: number;
  embedded: number;
  cached: number;
}

/**
 * Embeds texts, taking what it can from the cache, in batches with progress reports so a long
 * first build is visibly alive.
 */
export async function embedWithCache(
  texts: string[],
  embedder: Embedder,
  cache: EmbeddingCache,
  progress: (done: number, total: number) => void = () => {},
  batchSize = 64,
): Promise<{vectors: Float32Array[]; report: EmbedReport}> {
  const vectors: (Float32Array | undefined)[] = texts.map((text) => cache.get(text));
  const missing = texts.map((_, i) => i).filter((i) => vectors[i] === undefined);
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize);
    const embedded = await embedder.embed(batch.map((i) => texts[i]));
    batch.forEach((i, j) => {
      vectors[i] = embedded[j];
      cache.set(texts[i], embedded[j]);
    });
    progress(Math.min(start + batchSize, missing.length), missing.length);
  }
  cache.save(texts);
  return {vectors: vectors as Float32Array[], report: {total: texts.length, embedded: missing.length, cached: texts.length - missing.length}};
}
