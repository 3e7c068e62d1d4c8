/**
 * Deterministic generated queries for fuzzing the shared search entry point: words from the
 * content mixed with lunr operators, entry-number look-alikes, regex metacharacters, control
 * characters, lone surrogates, emoji, right-to-left text and very long input.
 */
import {mulberry32} from '../bench/random';

const PIECES = [
  'spyware', 'entity list', '4A005', '4.A.5', 'eccn 4d4', 'R5.3', 'r9.99', 'Article 5(2)', 'art. 5', 'us-2021-entity-list-nso-candiru', 'blacklist',
  '+', '-', '~', '^', '*', ':', 'title:', '"', "'", '(', ')', '[', ']', '{', '}', '\\', '/', '|', '?', '.', '..', '...', '$', '^2', '~1',
  '\u0000', '\u0007', '\u200b', '\u202e', '\ud800', '\udfff', '🕵️', '👩🏽‍💻', 'مراقبة', 'шпионское ПО', '間諜軟體', 'ß', 'İ', 'ﬁ',
  '%', '%E0%A4%A', '&amp;', '<script>', 'NaN', 'undefined', '__proto__', 'constructor', 'hasOwnProperty', '0', '-1', '1e308',
];

/** The benchmark corpus's seeded generator, so every run fuzzes the same queries. */
export const seededRandom = mulberry32;

export function fuzzQueries(count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const shape = random();
    if (shape < 0.02) queries.push(pick(PIECES).repeat(1 + Math.floor(random() * 200_000)));
    else if (shape < 0.1) queries.push(String.fromCharCode(...Array.from({length: 1 + Math.floor(random() * 40)}, () => Math.floor(random() * 0x10000))));
    else {
      const words = Array.from({length: 1 + Math.floor(random() * 12)}, () => pick(PIECES));
      queries.push(words.join(random() < 0.7 ? ' ' : ''));
    }
  }
  return queries;
}

/** A unit vector with a seeded direction, standing in for an embedded query. */
export function randomUnitVector(dimension: number, random: () => number): Float32Array {
  const vector = Float32Array.from({length: dimension}, () => random() - 0.5);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}
