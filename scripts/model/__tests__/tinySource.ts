/**
 * A hand-made 12-word, 8-dimensional word-vector source for tests: three topic
 * clusters (animals, fruit, vehicles) and three stop words, all sharing a large
 * common direction (dimension 7) the way GloVe vectors do.
 */
import type { WordVectorSource } from '../wordVectorSource';

export const TINY_DIM = 8;
const COMMON = 3;

const CLUSTERS: Record<string, [number, number]> = {
  animal: [0, 1],
  fruit: [2, 3],
  vehicle: [4, 5],
  stop: [6, 6],
};

/** Frequency order: stop words first, as in a real corpus. */
export const TINY_WORDS: Array<[string, keyof typeof CLUSTERS]> = [
  ['the', 'stop'], ['and', 'stop'], ['of', 'stop'],
  ['car', 'vehicle'], ['dog', 'animal'], ['apple', 'fruit'],
  ['cat', 'animal'], ['truck', 'vehicle'], ['banana', 'fruit'],
  ['bus', 'vehicle'], ['kitten', 'animal'], ['pear', 'fruit'],
];

export function tinySource(): WordVectorSource {
  const vectors = new Map<string, number[]>();
  TINY_WORDS.forEach(([word, cluster], i) => {
    const v = new Array<number>(TINY_DIM).fill(0);
    const [a, b] = CLUSTERS[cluster]!;
    v[a] = 1 + 0.1 * (i % 3);
    v[b] = 1 - 0.1 * (i % 3);
    v[7] = COMMON;
    vectors.set(word, v);
  });
  return {
    name: 'tiny synthetic test vectors',
    licence: 'test data',
    dimension: TINY_DIM,
    words: TINY_WORDS.map(([w]) => w),
    vector: (w) => vectors.get(w),
  };
}
