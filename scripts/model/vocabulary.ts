/**
 * Chooses the model's fixed vocabulary: the N most frequent tokenizable words of
 * the source plus a committed domain word list. It never looks at site content,
 * so editing content can never change the model.
 */
import type { WordVectorSource } from './wordVectorSource';
import { isHyphenCompound, isTokenizableWord, joinCompound } from './textRules';

export const PAD_TOKEN = '[PAD]';
export const UNK_TOKEN = '[UNK]';

export interface VocabEntry {
  /** Token string as it appears in tokenizer.json. */
  token: string;
  /** Word in the source whose vector this row takes (differs for joined compounds). */
  sourceWord: string;
  /** 1-based corpus-frequency rank of sourceWord in the source. */
  rank: number;
}

export interface Vocabulary {
  /** Rows after [PAD] (id 0) and [UNK] (id 1): frequent words, then extra domain words. */
  entries: VocabEntry[];
  /** How many entries came from the frequency list. */
  frequentCount: number;
  /** Domain words outside the top N that were appended. */
  domainAdded: string[];
  /** Hyphenated domain compounds the tokenizer rewrites into one token. */
  compounds: string[];
  /** Domain words with no vector in the source (reported, not fatal). */
  domainMissing: string[];
}

/** Parses domain-words.txt: one word per line, '#' comments, lowercased, de-duplicated. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const word = raw.replace(/#.*/, '').trim().toLowerCase();
    if (word) seen.add(word);
  }
  return [...seen];
}

export function selectVocabulary(source: WordVectorSource, frequentCount: number, domainWords: readonly string[]): Vocabulary {
  const rankOf = new Map<string, number>();
  source.words.forEach((w, i) => { if (!rankOf.has(w)) rankOf.set(w, i + 1); });

  const entries: VocabEntry[] = [];
  const tokens = new Set<string>([PAD_TOKEN, UNK_TOKEN]);
  for (let i = 0; i < source.words.length && entries.length < frequentCount; i++) {
    const word = source.words[i]!;
    // Punctuation and words the normalizer would change can never be looked up.
    if (!isTokenizableWord(word) || tokens.has(word)) continue;
    tokens.add(word);
    entries.push({ token: word, sourceWord: word, rank: i + 1 });
  }

  const domainAdded: string[] = [];
  const domainMissing: string[] = [];
  const compounds: string[] = [];
  const extras: VocabEntry[] = [];
  // Plain words before compounds, so a compound whose joined form is also a real
  // word (end-user / enduser) maps onto that word's row whatever the line order.
  const plain = domainWords.filter((w) => !isHyphenCompound(w));
  const hyphenated = domainWords.filter((w) => isHyphenCompound(w)).sort();
  for (const word of [...plain, ...hyphenated]) {
    const rank = rankOf.get(word);
    const compound = isHyphenCompound(word);
    if (rank === undefined || source.vector(word) === undefined || (!compound && !isTokenizableWord(word))) {
      domainMissing.push(word);
      continue;
    }
    const token = compound ? joinCompound(word) : word;
    if (compound) compounds.push(word);
    // A compound whose joined form is already a word (e-mail -> email) reuses that row.
    if (tokens.has(token)) continue;
    tokens.add(token);
    extras.push({ token, sourceWord: word, rank });
    domainAdded.push(word);
  }
  // Rank order keeps ids independent of the order of lines in the word list.
  extras.sort((a, b) => a.rank - b.rank);
  compounds.sort();
  return { entries: [...entries, ...extras], frequentCount: entries.length, domainAdded, compounds, domainMissing };
}
