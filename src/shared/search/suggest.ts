/**
 * "Did you mean": for a query that found nothing, the nearest spelling of each unknown word
 * among the words of the index, so a typo leads somewhere and an invented word does not.
 */
import {indexKnows, isStopWord, queryTerms, tokenize} from './lexical';
import type {SearchIndex} from './ranking';

const vocabularies = new WeakMap<SearchIndex, Map<string, number>>();

/** Words of the indexed text (titles, keywords, bodies) with their counts; built once, on first need. */
function vocabulary(index: SearchIndex): Map<string, number> {
  let words = vocabularies.get(index);
  if (!words) {
    words = new Map();
    for (const chunk of index.meta.chunks) {
      for (const word of tokenize(`${chunk.title} ${chunk.keywords.join(' ')} ${chunk.text}`)) {
        if (word.length >= 3 && /^\p{L}+$/u.test(word)) words.set(word, (words.get(word) ?? 0) + 1);
      }
    }
    vocabularies.set(index, words);
  }
  return words;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({length: b.length + 1}, (_, j) => j);
  let previous = before.slice();
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** Edits allowed for a word of this length: none for short words, where any match is chance. */
const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2);

/**
 * The query with each word the index does not know replaced by the closest indexed word, or
 * undefined when no word could be corrected.
 */
export function suggestQuery(index: SearchIndex, query: string): string | undefined {
  const words = queryTerms(query);
  let changed = false;
  const corrected = words.map((word) => {
    if (isStopWord(word) || indexKnows(index.lexical, word)) return word;
    const max = allowedEdits(word);
    if (max === 0) return word;
    let best: {word: string; distance: number; count: number} | undefined;
    // Built only here, for a word that could be a typo: it reads every chunk (about 90 ms in a
    // browser), and the navbar asks on every empty list, such as the one for a first letter.
    for (const [candidate, count] of vocabulary(index)) {
      const distance = editDistance(word, candidate, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = {word: candidate, distance, count};
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}
