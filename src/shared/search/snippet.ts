import type {TextPiece} from './types';

const WINDOW_WORDS = 32;

/**
 * A short extract of `text` around the densest run of query words, as pieces marked for
 * highlighting. Pieces are plain text: the UI renders them as text nodes, never as HTML, so a
 * query or a chunk can never inject markup.
 */
export function makeSnippet(text: string, stems: readonly string[], extraTerms: readonly string[] = []): TextPiece[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({word: m[0], start: m.index ?? 0}));
  if (words.length === 0) return [];
  const needles = [...stems, ...extraTerms.map((t) => t.toLowerCase())];
  const isHit = (word: string) => {
    const bare = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return bare.length > 0 && needles.some((needle) => bare.startsWith(needle) || (needle.includes('.') && bare === needle));
  };
  const hits = words.map((w) => isHit(w.word));
  let bestStart = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, words.length - WINDOW_WORDS + 1); start += 1) {
    let count = 0;
    for (let i = start; i < Math.min(words.length, start + WINDOW_WORDS); i += 1) if (hits[i]) count += 1;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
    if (start > 400) break;
  }
  // Start a little before the first hit so the extract reads as a sentence fragment.
  const firstHit = hits.indexOf(true, bestStart);
  const from = bestCount > 0 ? Math.max(0, Math.min(bestStart, firstHit - 4)) : 0;
  const to = Math.min(words.length, from + WINDOW_WORDS);
  const pieces: TextPiece[] = [];
  if (from > 0) pieces.push({text: '… ', highlight: false});
  for (let i = from; i < to; i += 1) {
    const {word} = words[i];
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
