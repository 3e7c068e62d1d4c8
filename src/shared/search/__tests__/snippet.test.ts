import {describe, expect, it} from 'vitest';
import {makeSnippet, snippetTerms} from '../snippet';
import type {TextPiece} from '../types';

const highlighted = (pieces: TextPiece[]) => pieces.filter((piece) => piece.highlight).map((piece) => piece.text);
const plain = (pieces: TextPiece[]) => pieces.map((piece) => piece.text).join('');
const filler = (count: number, word = 'filler') => Array.from({length: count}, (_, i) => `${word}${i}`).join(' ');

describe('makeSnippet', () => {
  it('highlights words that start with a query stem, leaving their punctuation unmarked', () => {
    const pieces = makeSnippet('Licensing authorities (licences, revoked) review each licence.', snippetTerms(['licenc']));
    expect(highlighted(pieces)).toEqual(['licences', 'licence']);
    expect(plain(pieces)).toBe('Licensing authorities (licences, revoked) review each licence.');
    // Neighbouring plain pieces are merged, so the UI renders few nodes.
    expect(pieces.every((piece, i) => i === 0 || piece.highlight !== pieces[i - 1].highlight)).toBe(true);
  });

  it('takes the 32-word window with the most hits, with ellipses where text is cut', () => {
    const text = `${filler(60)} spyware licence spyware export spyware ${filler(60, 'tail')}`;
    const pieces = makeSnippet(text, snippetTerms(['spyware']));
    expect(highlighted(pieces)).toEqual(['spyware', 'spyware', 'spyware']);
    // The earliest window holding all three hits: it starts 27 words before the first of them.
    expect(plain(pieces).startsWith('… filler33 filler34')).toBe(true);
    expect(plain(pieces)).toContain('filler59 spyware licence spyware export spyware');
    expect(plain(pieces).endsWith(' …')).toBe(true);
    expect(plain(pieces).split(' ').filter((word) => word !== '…')).toHaveLength(32);
  });

  it('reads only the first part of a long chunk: a hit after about 430 words is not used', () => {
    const pieces = makeSnippet(`${filler(500)} spyware`, snippetTerms(['spyware']));
    expect(highlighted(pieces)).toEqual([]);
    expect(plain(pieces).startsWith('filler0 filler1')).toBe(true);
    expect(plain(pieces).endsWith(' …')).toBe(true);
  });

  it('gives each query its own highlights when the same chunk is shown again', () => {
    const text = 'Intrusion software is controlled under 4D004; exploits sold as information may not be.';
    const first = makeSnippet(text, snippetTerms(['intrus']));
    const second = makeSnippet(text, snippetTerms(['exploit'], ['4D004']));
    expect(highlighted(first)).toEqual(['Intrusion']);
    expect(highlighted(second)).toEqual(['4D004', 'exploits']);
    expect(makeSnippet(text, snippetTerms(['intrus']))).toEqual(first);
  });

  it('highlights nothing without terms and shows the start of the text', () => {
    const pieces = makeSnippet(filler(40), snippetTerms([]));
    expect(highlighted(pieces)).toEqual([]);
    expect(plain(pieces)).toBe(`${filler(32)} …`);
    expect(makeSnippet('   ', snippetTerms(['x']))).toEqual([]);
  });
});
