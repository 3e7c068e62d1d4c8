/**
 * Benchmark queries: mostly 2–8 words drawn from the corpus vocabulary (same Zipf-like
 * distribution as the text), plus the identifier look-ups officers type ("4A005", "R3.2").
 */
import type {SyntheticCorpus} from './syntheticCorpus';
import {intBetween, mulberry32, pick, zipfSampler} from './random';

export function generateQueries(corpus: SyntheticCorpus, vocabulary: readonly string[], count = 200, seed = 7): string[] {
  const random = mulberry32(seed);
  const zipf = zipfSampler(vocabulary.length, 1.0);
  const {controlNumbers, recommendations, precedents} = corpus.ids;
  const word = () => vocabulary[zipf(random)];
  const identifierQueries = [
    '4A005',
    '4a005',
    'ECCN 4E001.c',
    '4.E.1.c intrusion software',
    '4E001',
    controlNumbers.length ? `${pick(random, controlNumbers)} ${word()} ${word()}` : undefined,
    controlNumbers.length ? pick(random, controlNumbers) : undefined,
    recommendations.length ? `what does ${pick(random, recommendations).toLowerCase()} say` : undefined,
    recommendations.length ? pick(random, recommendations) : undefined,
    precedents.length ? pick(random, precedents) : undefined,
  ].filter((q): q is string => q !== undefined);
  const queries = identifierQueries.slice(0, count);
  while (queries.length < count) queries.push(Array.from({length: intBetween(random, 2, 8)}, word).join(' '));
  // Spread the identifier queries through the list rather than front-loading them.
  return queries.map((q, i) => ({q, key: (i * 7919) % count})).sort((a, b) => a.key - b.key).map(({q}) => q);
}
