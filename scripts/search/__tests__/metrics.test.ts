import {describe, expect, it} from 'vitest';
import {mean, ndcgAt, percentile, recallAt, reciprocalRankAt} from '../metrics';

describe('retrieval metrics', () => {
  const ranked = ['/a', '/b', '/c', '/d', '/e', '/f'];
  it('recall@k counts relevant URLs in the top k', () => {
    expect(recallAt(5, ranked, ['/b', '/f'])).toBe(0.5);
    expect(recallAt(5, ranked, ['/x'])).toBe(0);
    expect(recallAt(6, ranked, ['/b', '/f'])).toBe(1);
  });
  it('reciprocal rank uses the first relevant result within k', () => {
    expect(reciprocalRankAt(10, ranked, ['/c', '/b'])).toBe(0.5);
    expect(reciprocalRankAt(2, ranked, ['/c'])).toBe(0);
  });
  it('nDCG@k rewards the best-graded result first and is 1 for the ideal order', () => {
    expect(ndcgAt(10, ['/a', '/b'], {'/a': 2, '/b': 1})).toBe(1);
    // Swapped: DCG = 1 + 3/log2(3); ideal = 3 + 1/log2(3).
    expect(ndcgAt(10, ['/b', '/a'], {'/a': 2, '/b': 1})).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(1, ['/x', '/a'], {'/a': 2})).toBe(0);
    expect(ndcgAt(10, ['/a'], {})).toBe(0);
  });
  it('percentile is nearest-rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile(Array.from({length: 100}, (_, i) => i + 1), 95)).toBe(95);
    expect(mean([1, 2, 3])).toBe(2);
  });
});
