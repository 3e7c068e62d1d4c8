import lunr from 'lunr';
import type {Chunk} from './types';

/** Field weights: a title or identifier match says more than a word in the body. */
const FIELDS = [
  {name: 'title', boost: 8},
  {name: 'keywords', boost: 12},
  {name: 'text', boost: 1},
] as const;

/** Builds the lunr index; document refs are chunk positions, which keeps the index small. */
export function buildLexicalIndex(chunks: readonly Chunk[]): lunr.Index {
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

const MAX_TERMS = 24;

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
export function searchLexical(index: lunr.Index, query: string): {position: number; score: number}[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const endsInWord = /[\p{L}\p{N}]$/u.test(query.trim());
  try {
    return index
      .query((q) => {
        terms.forEach((term, i) => {
          q.term(term, {presence: lunr.Query.presence.OPTIONAL});
          if (i === terms.length - 1 && endsInWord && term.length >= 2) {
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

/** Stems of the query words, for highlighting matches in snippets. */
export function queryStems(query: string): string[] {
  const stopWords = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;
  return [
    ...new Set(
      queryTerms(query)
        .map((term) => new lunr.Token(term, {}))
        .filter((token) => stopWords(token) !== undefined)
        .map((token) => lunr.stemmer(token).toString())
        .filter((stem) => stem.length >= 2),
    ),
  ];
}
