/**
 * Hybrid ranking, the one implementation used by the CLI, the evaluation and the browser:
 * 1. exact identifiers in the query (an entry number in any notation, a recommendation ID,
 *    a precedent ID) put those items first;
 * 2. the lexical (lunr) and vector (cosine) rankings are fused by reciprocal rank fusion.
 */
import {ControlRegistry} from '../controlRegistry';
import {findRecommendationIds} from '../recommendationId';
import {passesFilters} from './filters';
import {isStopWord, lexicalQuery, queryStems, queryTerms, searchLexical, stemOf, tokenize, type LexicalHit, type LexicalIndex} from './lexical';
import {capQuery} from './query';
import {expandQuery, type Expansion} from './thesaurus';
import {makeSnippet, snippetTerms} from './snippet';
import type {Chunk, IndexMeta, MatchReason, RankingSettings, SearchFilters, SearchResult} from './types';
import {nearestRows, type VectorIndex} from './vectors';

/** RRF's damping constant for the vector list: 60, the value from the original paper. */
export const RRF_K = 60;
/** Candidates taken from each list before fusion. */
const CANDIDATES = 100;
/**
 * Defaults for the ranking settings an index carries (set per model in the site config), chosen
 * on the dev split of the judged queries only (scripts/search-eval/tune.ts; see README): the
 * lexical list is damped with k = 20 rather than 60, so its first places stay further apart
 * (the vector list's best vote can lift a keyword match from 8th to first, where at k = 60 and
 * weight 0.2 it lifted one from 15th) while the vector list counts 0.8 (best of 0.1–1);
 * vector-only matches below cosine 0.35 are dropped (0.35 and 0.5 scored alike on dev, and
 * both leave every invented-word query empty; 0.2 did not); glossary chunks count 0.8 on
 * questions of four or more content words. The strong-evidence bonus did not change the dev
 * figures; the guarantee that strong evidence outranks meaning alone does.
 */
export const DEFAULT_RANKING: RankingSettings = {
  vectorWeight: 0.8,
  lexicalK: 20,
  minCosine: 0.35,
  strongBonus: 1,
  longQueryWords: 4,
  typePriors: {term: 0.8},
};

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
  /** Overrides of the index's ranking settings (for tuning on the dev split only). */
  ranking?: Partial<RankingSettings>;
}

/** Chunks the query names exactly, in the order they are named. */
export function exactMatches(index: SearchIndex, rawQuery: string): number[] {
  const query = capQuery(rawQuery);
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

/** Query words that carry meaning (not stop words), as typed and normalised. */
function contentWords(typed: readonly string[]): string[] {
  return typed.filter((word) => !isStopWord(word));
}

/**
 * The shared search entry point. The query is capped (capQuery) before anything else reads
 * it; callers embedding the query should embed `capQuery(query)` too.
 */
export function search(index: SearchIndex, rawQuery: string, options: SearchOptions = {}): SearchResult[] {
  const query = capQuery(rawQuery);
  const {filters, limit = 10, mode = 'hybrid'} = options;
  const chunks = index.meta.chunks;
  const ranking = {...DEFAULT_RANKING, ...index.meta.ranking, ...options.ranking};
  // Earlier editions' wording is in the index but hidden unless asked for, so it always filters.
  const filtering = chunks.some((chunk) => chunk.edition !== undefined) || (filters !== undefined && Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined)));
  const accept = (position: number) => passesFilters(chunks[position], filters);
  const exact = exactMatches(index, query).filter(accept);

  const typed = queryTerms(query);
  const words = contentWords(typed);
  const expansions = expandQuery(index.meta.thesaurus, typed);
  const parsed = lexicalQuery(query, expansions.flatMap((e) => e.words));
  const lexical = mode === 'vector' ? [] : searchLexical(index.lexical, parsed).filter((hit) => accept(hit.position)).slice(0, CANDIDATES);
  const vector =
    mode === 'lexical' || !options.queryVector || isZero(options.queryVector)
      ? []
      : nearestRows(index.vectors, options.queryVector, CANDIDATES, filtering ? accept : undefined);

  const lexicalAt = new Map(lexical.map((hit, rank) => [hit.position, {hit, rank}]));
  const fused = new Map<number, Candidate>();
  lexical.forEach((hit, rank) => {
    const evidence = wordEvidence(chunks[hit.position], hit, words, expansions, parsed.typing);
    fused.set(hit.position, {position: hit.position, score: 1 / (ranking.lexicalK + rank + 1), lexicalRank: rank + 1, ...evidence});
  });
  vector.forEach((hit, rank) => {
    const entry = fused.get(hit.row);
    // Nothing confident from nothing: a match by meaning alone must be close in meaning.
    if (!entry && mode === 'hybrid' && hit.cosine < ranking.minCosine) return;
    const base: Candidate = entry ?? {position: hit.row, score: 0, words: [], via: [], strong: false};
    fused.set(hit.row, {...base, score: base.score + ranking.vectorWeight / (RRF_K + rank + 1), vectorRank: rank + 1, cosine: hit.cosine});
  });

  const long = words.length >= ranking.longQueryWords;
  const candidates = [...fused.values()].filter((c) => !exact.includes(c.position));
  for (const c of candidates) {
    if (c.strong) c.score += ranking.strongBonus / (ranking.lexicalK + 1);
    if (long) c.score *= ranking.typePriors[chunks[c.position].type] ?? 1;
  }
  // Strong evidence is never outranked by a match on meaning alone.
  const vectorOnlyBest = Math.max(0, ...candidates.filter((c) => c.lexicalRank === undefined).map((c) => c.score));
  for (const c of candidates) if (c.strong && c.score <= vectorOnlyBest) c.score = vectorOnlyBest + 1e-9;
  candidates.sort((a, b) => b.score - a.score || a.position - b.position);

  const terms = snippetTerms(queryStems(query), [...exact.flatMap((position) => chunks[position].keywords), ...expansions.flatMap((e) => e.words)]);
  const top: {position: number; score: number; match: MatchReason}[] = [
    ...exact.map((position) => ({position, score: 1, match: {kind: 'exact' as const, exact: true, words: [], via: [], strong: true}})),
    // Reasons only for the candidates that will be returned: a meaning-only reason reads the whole chunk.
    ...candidates.slice(0, Math.max(0, limit - exact.length)).map((c) => ({position: c.position, score: c.score, match: reasonFor(c, chunks[c.position], words, lexicalAt.has(c.position))})),
  ].slice(0, limit);
  return top.map((hit, i) => ({
    rank: i + 1,
    chunk: chunks[hit.position],
    score: hit.score,
    match: hit.match,
    snippet: makeSnippet(chunks[hit.position].text, terms),
  }));
}

interface Candidate {
  position: number;
  score: number;
  lexicalRank?: number;
  vectorRank?: number;
  cosine?: number;
  /** Typed words the chunk contains. */
  words: string[];
  /** Thesaurus expansions the chunk matched through. */
  via: {from: string; to: string}[];
  /** Its title, ID or keywords hold every typed word (or the word's expansion). */
  strong: boolean;
}

/** Which typed words and which expansions a lexical hit matched, and whether in a title or ID. */
function wordEvidence(chunk: Chunk, hit: LexicalHit, words: readonly string[], expansions: readonly Expansion[], typing: boolean): Pick<Candidate, 'words' | 'via' | 'strong'> {
  const fieldsOf = (word: string, prefix: boolean): Set<string> => {
    const stem = stemOf(word);
    // Own keys only: a query word like "constructor" must not read Object.prototype.
    const fields = new Set(Object.hasOwn(hit.matched, stem) ? hit.matched[stem] : []);
    if (prefix) for (const [key, found] of Object.entries(hit.matched)) if (key.startsWith(word)) found.forEach((f) => fields.add(f));
    return fields;
  };
  const inHeading = (fields: Set<string>) => fields.has('title') || fields.has('keywords');
  const last = words[words.length - 1];
  const matchedWords = words.filter((word) => fieldsOf(word, typing && word === last).size > 0);
  const via: {from: string; to: string}[] = [];
  for (const expansion of expansions) {
    const target = expansion.to.find((to) => tokenize(to).some((word) => !isStopWord(word) && fieldsOf(word, false).size > 0));
    if (target && !expansion.from.split(' ').every((word) => isStopWord(word) || matchedWords.includes(word))) via.push({from: expansion.from, to: target});
  }
  const strong =
    words.length > 0 &&
    words.every((word) => {
      if (inHeading(fieldsOf(word, typing && word === last))) return true;
      return expansions.some((e) => e.from.split(' ').includes(word) && e.words.some((w) => !isStopWord(w) && inHeading(fieldsOf(w, false))));
    });
  // Keep `chunk` in the signature: reasons may later weigh the chunk type.
  void chunk;
  return {words: matchedWords, via, strong};
}

/** The reason a result is shown, for people (UI, CLI) and for tests. */
function reasonFor(c: Candidate, chunk: Chunk, words: readonly string[], lexical: boolean): MatchReason {
  const base = {exact: false, words: c.words, via: c.via, strong: c.strong, lexicalRank: c.lexicalRank, vectorRank: c.vectorRank, cosine: c.cosine === undefined ? undefined : Math.round(c.cosine * 1000) / 1000};
  if (lexical && c.via.length > 0 && c.words.length === 0) return {kind: 'thesaurus', ...base};
  if (lexical && c.words.length > 0) return {kind: c.via.length > 0 ? 'thesaurus' : 'words', ...base};
  if (lexical) return {kind: 'words', ...base};
  return {kind: 'meaning', ...base, shared: relatedWords(chunk, words)};
}

/** Each chunk's words, tokenised once: every meaning-only result reads its chunk's words. */
const wordsOfChunk = new WeakMap<Chunk, string[]>();

function chunkWords(chunk: Chunk): string[] {
  let words = wordsOfChunk.get(chunk);
  if (!words) {
    words = tokenize(`${chunk.title} ${chunk.text}`);
    wordsOfChunk.set(chunk, words);
  }
  return words;
}

/**
 * For a match on meaning alone: the chunk's words that share a root with a query word
 * ("licensing" for "licence"), most frequent first. Empty when the link is purely semantic.
 */
function relatedWords(chunk: Chunk, words: readonly string[]): string[] {
  const roots = words.filter((w) => w.length >= 4).map((w) => w.slice(0, Math.min(5, w.length)));
  if (roots.length === 0) return [];
  const counts = new Map<string, number>();
  for (const word of chunkWords(chunk)) {
    if (word.length >= 4 && !isStopWord(word) && roots.some((root) => word.startsWith(root))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([word]) => word);
}

function isZero(vector: Float32Array): boolean {
  return vector.every((value) => value === 0);
}

export type {Chunk};
