import {describe, expect, it} from 'vitest';
import {mean, percentile, recallAt, reciprocalRankAt} from '../metrics';

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
  it('percentile is nearest-rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile(Array.from({length: 100}, (_, i) => i + 1), 95)).toBe(95);
    expect(mean([1, 2, 3])).toBe(2);
  });
});
