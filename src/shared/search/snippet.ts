import {memoized} from './memo';
import type {TextPiece} from './types';

const WINDOW_WORDS = 32;

/** Window starts considered: a snippet comes from the first part of a chunk. */
const MAX_START = 401;
/** Words read from a chunk: every window that can start by MAX_START, plus one to know if more follow. */
const WORDS_READ = MAX_START + WINDOW_WORDS + 1;

/** A chunk's leading words, as written and as compared with the query (lower case, no edge punctuation). */
interface PreparedText {
  words: string[];
  bare: string[];
}

/**
 * A chunk's words, read once per chunk text. Ranking makes a snippet for every result it returns,
 * so the same chunks come back query after query; only chunks that were ever returned are kept.
 */
const prepareText = memoized((text: string): PreparedText => {
  const words: string[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match && words.length < WORDS_READ; match = pattern.exec(text)) words.push(match[0]);
  const bare = words.map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return {words, bare};
}, 5_000);

/** The words a snippet highlights, prepared once per query and shared by every result. */
export interface SnippetTerms {
  /** Terms by their first character, so a word is compared only with terms it could start with. */
  byFirst: Map<string, string[]>;
  /** The empty term matches every word (kept for parity with `startsWith`). */
  matchesAll: boolean;
}

/** Query stems and extra terms (entry keywords, thesaurus expansions), lower-cased. */
export function snippetTerms(stems: readonly string[], extraTerms: readonly string[] = []): SnippetTerms {
  const byFirst = new Map<string, string[]>();
  let matchesAll = false;
  for (const needle of new Set([...stems, ...extraTerms.map((term) => term.toLowerCase())])) {
    if (needle === '') matchesAll = true;
    else byFirst.set(needle[0], [...(byFirst.get(needle[0]) ?? []), needle]);
  }
  return {byFirst, matchesAll};
}

/**
 * A short extract of `text` around the densest run of query words, as pieces marked for
 * highlighting. Pieces are plain text: the UI renders them as text nodes, never as HTML, so a
 * query or a chunk can never inject markup.
 */
export function makeSnippet(text: string, terms: SnippetTerms): TextPiece[] {
  const {words, bare} = prepareText(text);
  if (words.length === 0) return [];
  const isHit = (word: string) => word.length > 0 && (terms.matchesAll || (terms.byFirst.get(word[0])?.some((needle) => word.startsWith(needle)) ?? false));
  const hits = bare.map(isHit);
  // The window with the most hits (the earliest on a tie), counted as it slides.
  const lastStart = Math.min(MAX_START, Math.max(0, words.length - WINDOW_WORDS));
  let count = 0;
  for (let i = 0; i < Math.min(words.length, WINDOW_WORDS); i += 1) if (hits[i]) count += 1;
  let bestStart = 0;
  let bestCount = count;
  for (let start = 1; start <= lastStart; start += 1) {
    if (hits[start - 1]) count -= 1;
    if (start + WINDOW_WORDS - 1 < words.length && hits[start + WINDOW_WORDS - 1]) count += 1;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  // Start a little before the first hit so the extract reads as a sentence fragment.
  const firstHit = hits.indexOf(true, bestStart);
  const from = bestCount > 0 ? Math.max(0, Math.min(bestStart, firstHit - 4)) : 0;
  const to = Math.min(words.length, from + WINDOW_WORDS);
  const pieces: TextPiece[] = [];
  if (from > 0) pieces.push({text: '… ', highlight: false});
  for (let i = from; i < to; i += 1) {
    const word = words[i];
    const separator = i < to - 1 ? ' ' : '';
    if (hits[i]) {
      const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
      if (match[1]) pieces.push({text: match[1], highlight: false});
      pieces.push({text: match[2], highlight: true});
      pieces.push({text: match[3] + separator, highlight: false});
    } else {
      pieces.push({text: word + separator, highlight: false});
    }
  }
  if (to < words.length) pieces.push({text: ' …', highlight: false});
  // Merge neighbours of the same kind so the UI renders few nodes.
  return pieces.filter((p) => p.text).reduce<TextPiece[]>((merged, piece) => {
    const last = merged[merged.length - 1];
    if (last && last.highlight === piece.highlight) last.text += piece.text;
    else merged.push({...piece});
    return merged;
  }, []);
}
