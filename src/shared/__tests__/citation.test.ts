import {describe, expect, it} from 'vitest';
import {citationBase, formatCitation} from '../citation';

const subject = {label: 'Recommendation R5.3: "Screen end users" (Chapter 5, End-use controls)', path: '/guide/end-use-controls#r5-3'};

describe('formatCitation', () => {
  it('names the work, the item, its absolute address and the date it was last updated', () => {
    expect(formatCitation({...subject, lastUpdatedAt: Date.UTC(2026, 2, 12, 23, 30)}, 'https://kb.example.gov')).toBe(
      'ccic-kb, Recommendation R5.3: "Screen end users" (Chapter 5, End-use controls). https://kb.example.gov/guide/end-use-controls#r5-3. Last updated 12 March 2026.',
    );
  });

  it('leaves the date out when the history is unknown', () => {
    expect(formatCitation({...subject, lastUpdatedAt: null}, 'http://intranet:8080')).toBe(
      'ccic-kb, Recommendation R5.3: "Screen end users" (Chapter 5, End-use controls). http://intranet:8080/guide/end-use-controls#r5-3.',
    );
  });
});

describe('formatCitation with an edition', () => {
  it('names the edition and its date before the frozen address', () => {
    expect(formatCitation({...subject, path: '/guide/2026.1/end-use-controls#r5-3', edition: {id: '2026.1', date: '2026-12-02'}, lastUpdatedAt: null}, 'https://kb.example.gov')).toBe(
      'ccic-kb, Recommendation R5.3: "Screen end users" (Chapter 5, End-use controls). Edition 2026.1, 2 December 2026. https://kb.example.gov/guide/2026.1/end-use-controls#r5-3.',
    );
  });
});

describe('citationBase', () => {
  it('prefers the configured SITE_URL, else the address the reader is on', () => {
    expect(citationBase('https://kb.example.gov', 'http://localhost:3000')).toBe('https://kb.example.gov');
    expect(citationBase(undefined, 'http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
    expect(citationBase('', 'http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
  });
});
