import {describe, expect, it} from 'vitest';
import {entryNumbersLabel, numberedTitle} from '../recordTitle';

describe('numbered record titles', () => {
  it('leads with the compact and dotted numbers, each once', () => {
    expect(numberedTitle('Systems, equipment and components for intrusion software', [{number: '4.A.5'}, {number: '4A005'}, {number: '4A005'}])).toBe(
      '4A005 · 4.A.5 — Systems, equipment and components for intrusion software',
    );
    expect(entryNumbersLabel([{number: '4.E.1.a'}, {number: '4E001.a'}])).toBe('4E001.a · 4.E.1.a');
  });

  it('keeps numbers that are not control-list numbers as written', () => {
    expect(numberedTitle('Cyber-surveillance catch-all', [{number: 'Article 5'}])).toBe('Article 5 — Cyber-surveillance catch-all');
    expect(numberedTitle('No numbers', [])).toBe('No numbers');
  });
});
