/**
 * Query expansion with the domain thesaurus (content/thesaurus.yml plus glossary aliases,
 * compiled at build time by plugins/kb-search/thesaurus.ts and carried in the index).
 */
import {tokenize} from './lexical';

/** Normalised phrase (query words joined by one space) → the phrases it also searches, as shown to people. */
export type ThesaurusMap = Record<string, string[]>;

/** The longest phrase the thesaurus holds, in words; longer runs are never looked up. */
const MAX_PHRASE_WORDS = 6;

/** A phrase in the form queries are matched in: the same words lunr sees, lower case. */
export function normalisePhrase(phrase: string): string {
  return tokenize(phrase).join(' ');
}

export interface Expansion {
  /** What the person typed, normalised. */
  from: string;
  /** The phrases it expanded to, as written in the thesaurus or glossary. */
  to: string[];
  /** Query words the expansion adds (not typed), normalised. */
  words: string[];
}

/** Whether a target phrase contains every word of the typed phrase (and so only qualifies it). */
function narrows(target: string, phrase: string): boolean {
  const words = new Set(tokenize(target));
  return phrase.split(' ').every((word) => words.has(word));
}

/**
 * The thesaurus phrases in a query, longest first from left to right, and the words each adds.
 * A phrase typed in full is not expanded again by its parts ("catch-all control" is one match).
 */
export function expandQuery(thesaurus: ThesaurusMap | undefined, typed: readonly string[]): Expansion[] {
  if (!thesaurus) return [];
  const typedSet = new Set(typed);
  const found: Expansion[] = [];
  for (let start = 0; start < typed.length; ) {
    let matched = 0;
    for (let length = Math.min(MAX_PHRASE_WORDS, typed.length - start); length >= 1; length -= 1) {
      const phrase = typed.slice(start, start + length).join(' ');
      // A target that holds every typed word only narrows it ("spyware" → "commercial spyware"):
      // it finds nothing the typed words do not, and its extra word would pull results towards
      // titles that happen to carry the qualifier.
      const targets = (Object.hasOwn(thesaurus, phrase) ? thesaurus[phrase] : []).filter((target) => !narrows(target, phrase));
      if (targets.length === 0) continue;
      const words = [...new Set(targets.flatMap((target) => tokenize(target)))].filter((word) => !typedSet.has(word));
      found.push({from: phrase, to: targets, words});
      matched = length;
      break;
    }
    start += Math.max(1, matched);
  }
  return found;
}
