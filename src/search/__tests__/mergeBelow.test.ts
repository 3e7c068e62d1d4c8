import {describe, expect, it} from 'vitest';
import type {SearchResult} from '../../shared/search/types';
import {mergeBelow} from '../mergeBelow';

const result = (id: string) => ({chunk: {id}}) as unknown as SearchResult;
const ids = (results: SearchResult[]) => results.map((r) => r.chunk.id);

describe('mergeBelow', () => {
  it('keeps shown results in place and appends new hits in their later order', () => {
    const merged = mergeBelow([result('a'), result('b'), result('c')], [result('d'), result('c'), result('a'), result('e')], 10);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps a shown result the later ranking dropped, and stops at the limit', () => {
    expect(ids(mergeBelow([result('a'), result('b')], [result('x'), result('y'), result('a')], 3))).toEqual(['a', 'b', 'x']);
  });

  it('never cuts what is already shown, even past the limit', () => {
    expect(ids(mergeBelow([result('a'), result('b'), result('c')], [result('d')], 2))).toEqual(['a', 'b', 'c']);
  });

  it('with nothing shown, is the later list', () => {
    expect(ids(mergeBelow([], [result('x'), result('y')], 5))).toEqual(['x', 'y']);
  });
});
