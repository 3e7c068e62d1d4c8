import {describe, expect, it} from 'vitest';
import {memoized} from '../memo';

describe('memoized', () => {
  it('computes a key once, and again only after the store filled up and was emptied', () => {
    const calls: string[] = [];
    const upper = memoized((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    // A third key empties the full store, so 'a' is computed again (with the same result).
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
