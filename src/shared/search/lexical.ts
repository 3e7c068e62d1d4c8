import lunr from 'lunr';
import type {Chunk} from './types';
import {capQuery} from './query';
import {memoized} from './memo';

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
  const stem = stemOf(term);
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

/** Words as lunr indexes them: runs of letters and digits (dots kept inside, as in `4A005.a`), lower case. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((token) => token.replace(/^\.+|\.+$/g, ''))
    .filter((token) => token.length > 0);
}

/**
 * The words of a user's query as lunr terms. Users type questions, not lunr syntax: every
 * character lunr would read as an operator (`: ^ ~ * + -`) is dropped here, so no query can
 * throw; the query is capped first (capQuery) and only its first words are used.
 */
export function queryTerms(query: string): string[] {
  return tokenize(capQuery(query)).slice(0, MAX_TERMS);
}

/** What the lexical search looks for: the typed words, and the thesaurus words they expand to. */
export interface LexicalQuery {
  typed: string[];
  /** Added by the thesaurus; they count for less than typed words (EXPANSION_BOOST). */
  expanded: string[];
  /** Whether the last typed word is still being typed (no trailing space or punctuation). */
  typing: boolean;
}

export interface LexicalHit {
  position: number;
  score: number;
  /** The stems that matched, each with the fields they matched in (`title`, `keywords`, `text`). */
  matched: Record<string, string[]>;
}

/** How much an expanded word counts against a typed one. */
export const EXPANSION_BOOST = 0.5;

export function lexicalQuery(query: string, expanded: string[] = []): LexicalQuery {
  const typed = queryTerms(query);
  return {typed, expanded: expanded.filter((word) => !typed.includes(word)).slice(0, MAX_TERMS), typing: /[\p{L}\p{N}]$/u.test(capQuery(query).trim())};
}

/**
 * Searches with lunr's programmatic query API (never its query-string parser). Every term is
 * optional; the last one also matches as a prefix, so results appear while a word is typed.
 */
export function searchLexical(index: LexicalIndex, query: string | LexicalQuery): LexicalHit[] {
  const parsed = typeof query === 'string' ? lexicalQuery(query) : query;
  const hits = index.shards.flatMap((shard, i) => searchShard(shard, parsed).map((hit) => ({...hit, position: hit.position + i * index.shardSize})));
  return index.shards.length > 1 ? hits.sort((a, b) => b.score - a.score || a.position - b.position) : hits;
}

function searchShard(index: lunr.Index, query: LexicalQuery): LexicalHit[] {
  const terms = selectiveTerms(index, query.typed);
  const expanded = query.expanded.filter((term) => !isStopWord(term));
  if (terms.length === 0 && expanded.length === 0) return [];
  const last = terms[terms.length - 1];
  // A prefix match on the word being typed; not for short words or stop words, whose prefix
  // would match much of the vocabulary and make lunr score nearly every chunk.
  const prefix = query.typing && last !== undefined && last.length >= 3 && !isStopWord(last);
  try {
    return index
      .query((q) => {
        terms.forEach((term, i) => {
          q.term(term, {presence: lunr.Query.presence.OPTIONAL});
          if (i === terms.length - 1 && prefix) {
            q.term(term, {presence: lunr.Query.presence.OPTIONAL, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.5});
          }
        });
        for (const term of expanded) q.term(term, {presence: lunr.Query.presence.OPTIONAL, boost: EXPANSION_BOOST});
      })
      .map((result) => ({
        position: Number(result.ref),
        score: result.score,
        matched: Object.fromEntries(Object.entries(result.matchData.metadata).map(([stem, fields]) => [stem, Object.keys(fields)])),
      }));
  } catch {
    // lunr can still reject odd terms (e.g. a term the pipeline empties); a search never fails.
    return [];
  }
}

/**
 * The stem lunr indexes a word under (what LexicalHit.matched is keyed by). Memoised: ranking
 * stems the same query words for every candidate of a query; words come from queries and the
 * thesaurus.
 */
export const stemOf: (word: string) => string = memoized((word: string) => lunr.stemmer(new lunr.Token(word, {})).toString(), 50_000);

/** Whether any chunk contains the word (as indexed), or a word it begins, for words being typed. */
export function indexKnows(index: LexicalIndex, word: string, asPrefix = false): boolean {
  const stem = stemOf(word);
  return index.shards.some((shard) => {
    const inverted = (shard as unknown as IndexInternals).invertedIndex;
    if (Object.hasOwn(inverted, stem)) return true;
    return asPrefix && word.length >= 3 && Object.keys(inverted).some((key) => key.startsWith(word));
  });
}

const stopWordFilter = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;

export function isStopWord(term: string): boolean {
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
