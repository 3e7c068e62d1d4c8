/**
 * Query latency on a loaded index: queries are embedded once beforehand, and only search(...)
 * is timed, after an untimed warm-up, so the figures are warm per-query costs in Node.
 */
import type {Embedder} from '../../src/shared/embedder';
import {search, type SearchIndex, type SearchMode} from '../../src/shared/search/ranking';
import {mean, percentile} from '../search/metrics';

export const MODES: SearchMode[] = ['lexical', 'vector', 'hybrid'];

export interface LatencyFigures {
  queries: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

export async function measureQueryLatency(
  index: SearchIndex,
  embedder: Embedder,
  queries: readonly string[],
  warmup = 20,
): Promise<{embedQueriesMs: number; latency: Record<SearchMode, LatencyFigures>}> {
  const embedStart = performance.now();
  const vectors = await embedder.embed(queries);
  const embedQueriesMs = performance.now() - embedStart;
  const latency = {} as Record<SearchMode, LatencyFigures>;
  for (const mode of MODES) {
    for (let i = 0; i < Math.min(warmup, queries.length); i += 1) search(index, queries[i], {queryVector: vectors[i], mode, limit: 10});
    const times = queries.map((query, i) => {
      const start = performance.now();
      search(index, query, {queryVector: vectors[i], mode, limit: 10});
      return performance.now() - start;
    });
    latency[mode] = {queries: times.length, p50: percentile(times, 50), p95: percentile(times, 95), mean: mean(times), max: Math.max(...times)};
  }
  return {embedQueriesMs, latency};
}
