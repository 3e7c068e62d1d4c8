/**
 * Hybrid ranking, the one implementation used by the CLI, the evaluation and the browser:
 * 1. exact identifiers in the query (an entry number in any notation, a recommendation ID,
 *    a precedent ID) put those items first;
 * 2. the lexical (lunr) and vector (cosine) rankings are fused by reciprocal rank fusion.
 */
import {ControlRegistry} from '../controlRegistry';
import {findRecommendationIds} from '../recommendationId';
import {passesFilters} from './filters';
import {queryStems, searchLexical, type LexicalIndex} from './lexical';
import {makeSnippet} from './snippet';
import type {Chunk, IndexMeta, RankingSettings, SearchFilters, SearchResult} from './types';
import {nearestRows, type VectorIndex} from './vectors';

/** RRF's damping constant; 60 is the value from the original paper and works without tuning. */
export const RRF_K = 60;
/** Candidates taken from each list before fusion. */
const CANDIDATES = 100;
/**
 * Defaults for the ranking settings an index carries (set per model in the site config): a
 * static word-vector model is a weaker ranker than lunr on this corpus, so its list counts half
 * (0.5 was best of 0.3–1.5 on the judged queries; see README), and vector-only matches below
 * the minimum cosine are noise.
 */
export const DEFAULT_RANKING: RankingSettings = {vectorWeight: 0.5, minCosine: 0.2};

export type SearchMode = 'hybrid' | 'lexical' | 'vector';

export interface SearchIndex {
  meta: IndexMeta;
  lexical: LexicalIndex;
  vectors: VectorIndex;
  registry: ControlRegistry;
  positionOf: Map<string, number>;
}

export function createSearchIndex(meta: IndexMeta, lexical: LexicalIndex, vectors: VectorIndex): SearchIndex {
  if (vectors.count !== meta.chunks.length) throw new Error(`vector index has ${vectors.count} rows for ${meta.chunks.length} chunks`);
  return {
    meta,
    lexical,
    vectors,
    registry: new ControlRegistry(meta.controls),
    positionOf: new Map(meta.chunks.map((chunk, position) => [chunk.id, position])),
  };
}

export interface SearchOptions {
  /** The embedded query; without it (model still loading) ranking is lexical plus exact IDs. */
  queryVector?: Float32Array;
  filters?: SearchFilters;
  limit?: number;
  mode?: SearchMode;
}

/** Chunks the query names exactly, in the order they are named. */
export function exactMatches(index: SearchIndex, query: string): number[] {
  const ids: string[] = [];
  // People type entry numbers in lower case ("4a005", "eccn 4d004"); lists print the group letter in capitals.
  const normalised = query.replace(/(?<![\w.])(\d\.?)([a-e])(?=\.?\d)/g, (_, digit: string, group: string) => digit + group.toUpperCase());
  for (const mention of index.registry.findMentions(normalised)) {
    if (mention.resolution.kind === 'entry') ids.push(`control:${mention.resolution.slug}`);
    if (mention.resolution.kind === 'family') {
      const family = mention.resolution.key;
      for (const record of index.meta.controls) if (record.keys.some((key) => key.startsWith(`${family}.`))) ids.push(`control:${record.slug}`);
    }
  }
  for (const id of findRecommendationIds(query)) ids.push(`recommendation:${id}`);
  for (const token of query.toLowerCase().match(/[a-z]{2}-\d{4}-[a-z0-9-]+/g) ?? []) ids.push(`precedent:${token}`);
  const positions = ids.map((id) => index.positionOf.get(id)).filter((p): p is number => p !== undefined);
  return [...new Set(positions)];
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const {filters, limit = 10, mode = 'hybrid'} = options;
  const chunks = index.meta.chunks;
  const ranking = index.meta.ranking ?? DEFAULT_RANKING;
  // Earlier editions' wording is in the index but hidden unless asked for, so it always filters.
  const filtering = chunks.some((chunk) => chunk.edition !== undefined) || (filters !== undefined && Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined)));
  const accept = (position: number) => passesFilters(chunks[position], filters);
  const exact = exactMatches(index, query).filter(accept);

  const lexical = mode === 'vector' ? [] : searchLexical(index.lexical, query).filter((hit) => accept(hit.position)).slice(0, CANDIDATES);
  const vector =
    mode === 'lexical' || !options.queryVector || isZero(options.queryVector)
      ? []
      : nearestRows(index.vectors, options.queryVector, CANDIDATES, filtering ? accept : undefined).filter((hit) => mode === 'vector' || hit.cosine >= ranking.minCosine);

  const fused = new Map<number, {score: number; lexicalRank?: number; vectorRank?: number; cosine?: number}>();
  lexical.forEach((hit, rank) => fused.set(hit.position, {score: 1 / (RRF_K + rank + 1), lexicalRank: rank + 1}));
  vector.forEach((hit, rank) => {
    const entry = fused.get(hit.row) ?? {score: 0};
    fused.set(hit.row, {...entry, score: entry.score + ranking.vectorWeight / (RRF_K + rank + 1), vectorRank: rank + 1, cosine: hit.cosine});
  });
  const ranked = [...fused.entries()]
    .filter(([position]) => !exact.includes(position))
    .sort(([a, x], [b, y]) => y.score - x.score || a - b);

  const stems = queryStems(query);
  const extraTerms = exact.flatMap((position) => chunks[position].keywords);
  const top = [
    ...exact.map((position) => ({position, score: 1, match: {exact: true}})),
    ...ranked.map(([position, entry]) => ({position, score: entry.score, match: {exact: false, lexicalRank: entry.lexicalRank, vectorRank: entry.vectorRank, cosine: entry.cosine}})),
  ].slice(0, limit);
  return top.map((hit, i) => ({
    rank: i + 1,
    chunk: chunks[hit.position],
    score: hit.score,
    match: hit.match,
    snippet: makeSnippet(chunks[hit.position].text, stems, extraTerms),
  }));
}

function isZero(vector: Float32Array): boolean {
  return vector.every((value) => value === 0);
}

export type {Chunk};
