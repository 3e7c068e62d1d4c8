import lunr from 'lunr';
import type {Chunk} from './types';

/** Field weights: a title or identifier match says more than a word in the body. */
const FIELDS = [
  {name: 'title', boost: 8},
  {name: 'keywords', boost: 12},
  {name: 'text', boost: 1},
] as const;

/**
 * The lexical index: lunr indexes over consecutive slices of the chunks. A lunr build holds
 * every posting of its documents in memory at once; building a slice at a time, and keeping
 * only its serialised form, bounds the build's memory on large sites.
 */
export interface LexicalIndex {
  shardSize: number;
  shards: lunr.Index[];
}

export const SHARD_SIZE = 5_000;

/** One shard; document refs are positions within the shard, which keeps the index small. */
function buildShard(chunks: readonly Chunk[]): lunr.Index {
  return lunr(function build() {
    this.ref('ref');
    for (const field of FIELDS) this.field(field.name, {boost: field.boost});
    // Positions are not needed: snippets are cut from the chunk text.
    this.metadataWhitelist = [];
    chunks.forEach((chunk, position) => {
      this.add({ref: String(position), title: chunk.title, keywords: chunk.keywords.join(' '), text: chunk.text});
    });
  });
}

/** Builds and serialises the lexical index, one shard at a time. */
export function serializeLexicalIndex(chunks: readonly Chunk[], shardSize = SHARD_SIZE): string {
  const shards: string[] = [];
  for (let start = 0; start < Math.max(1, chunks.length); start += shardSize) shards.push(JSON.stringify(buildShard(chunks.slice(start, start + shardSize))));
  return `{"shardSize":${shardSize},"shards":[${shards.join(',')}]}`;
}

export function loadLexicalIndex(json: string): LexicalIndex {
  const parsed = JSON.parse(json) as {shardSize: number; shards: object[]};
  return {shardSize: parsed.shardSize, shards: parsed.shards.map((shard) => lunr.Index.load(shard))};
}

export function buildLexicalIndex(chunks: readonly Chunk[], shardSize = SHARD_SIZE): LexicalIndex {
  return loadLexicalIndex(serializeLexicalIndex(chunks, shardSize));
}

const MAX_TERMS = 24;
/** A word in more than this share of chunks says little about relevance but costs a full scan. */
const COMMON_SHARE = 0.05;

interface IndexInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & {_index?: number}>;
  fields: string[];
  fieldVectors: Record<string, unknown>;
}
const documentCounts = new WeakMap<lunr.Index, number>();

/** How many chunks contain the stemmed word, at most (the largest per-field posting list). */
function documentFrequency(index: lunr.Index, term: string): number {
  const internals = index as unknown as IndexInternals;
  const stem = lunr.stemmer(new lunr.Token(term, {})).toString();
  const posting = internals.invertedIndex[stem];
  if (!posting) return 0;
  return Math.max(0, ...internals.fields.map((field) => Object.keys(posting[field] ?? {}).length));
}

/**
 * Drops very common words when rarer ones remain: lunr scores every chunk containing any query
 * word, so one common word turns a fast query into a scan of most of the index.
 */
function selectiveTerms(index: lunr.Index, terms: string[]): string[] {
  if (terms.length < 2) return terms;
  let total = documentCounts.get(index);
  if (total === undefined) {
    const internals = index as unknown as IndexInternals;
    total = Object.keys(internals.fieldVectors).length / Math.max(1, internals.fields.length);
    documentCounts.set(index, total);
  }
  const limit = Math.max(50, total * COMMON_SHARE);
  const rare = terms.filter((term, i) => i === terms.length - 1 || documentFrequency(index, term) <= limit);
  return rare.length > 0 ? rare : terms;
}

/**
 * The words of a user's query as lunr terms. Users type questions, not lunr syntax: every
 * character lunr would read as an operator (`: ^ ~ * + -`) is dropped here, so no query can
 * throw, and very long input is cut to its first words.
 */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, 2000)
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((token) => token.replace(/^\.+|\.+$/g, ''))
    .filter((token) => token.length > 0)
    .slice(0, MAX_TERMS);
}

/**
 * Searches with lunr's programmatic query API (never its query-string parser). Every term is
 * optional; the last one also matches as a prefix, so results appear while a word is typed.
 */
export function searchLexical(index: LexicalIndex, query: string): {position: number; score: number}[] {
  const hits = index.shards.flatMap((shard, i) => searchShard(shard, query).map((hit) => ({position: hit.position + i * index.shardSize, score: hit.score})));
  return index.shards.length > 1 ? hits.sort((a, b) => b.score - a.score || a.position - b.position) : hits;
}

function searchShard(index: lunr.Index, query: string): {position: number; score: number}[] {
  const terms = selectiveTerms(index, queryTerms(query));
  if (terms.length === 0) return [];
  const last = terms[terms.length - 1];
  // A prefix match on the word being typed; not for short words or stop words, whose prefix
  // would match much of the vocabulary and make lunr score nearly every chunk.
  const prefix = /[\p{L}\p{N}]$/u.test(query.trim()) && last.length >= 3 && !isStopWord(last);
  try {
    return index
      .query((q) => {
        terms.forEach((term, i) => {
          q.term(term, {presence: lunr.Query.presence.OPTIONAL});
          if (i === terms.length - 1 && prefix) {
            q.term(term, {presence: lunr.Query.presence.OPTIONAL, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.5});
          }
        });
      })
      .map((result) => ({position: Number(result.ref), score: result.score}));
  } catch {
    // lunr can still reject odd terms (e.g. a term the pipeline empties); a search never fails.
    return [];
  }
}

const stopWordFilter = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;

function isStopWord(term: string): boolean {
  return stopWordFilter(new lunr.Token(term, {})) === undefined;
}

/** Stems of the query words, for highlighting matches in snippets. */
export function queryStems(query: string): string[] {
  return [
    ...new Set(
      queryTerms(query)
        .filter((term) => !isStopWord(term))
        .map((term) => new lunr.Token(term, {}))
        .map((token) => lunr.stemmer(token).toString())
        .filter((stem) => stem.length >= 2),
    ),
  ];
}
