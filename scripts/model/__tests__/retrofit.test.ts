import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { retrofitSource, thesaurusGroups, wordnetSynsets } from '../retrofit';
import { tinySource, TINY_WORDS } from './tinySource';

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i]! * b[i]!; na += a[i]! ** 2; nb += b[i]! ** 2; }
  return dot / Math.sqrt(na * nb);
};

describe('retrofitting (Faruqui et al. 2015)', () => {
  const source = tinySource();
  const vocabulary = TINY_WORDS.map(([w]) => w);

  it('pulls lexicon neighbours together and leaves other words alone', () => {
    const { source: fitted, stats } = retrofitSource(source, vocabulary, [[['cat', 'car']]]);
    expect(stats).toEqual({ wordsMoved: 2, edges: 1 });
    expect(cosine(fitted.vector('cat')!, fitted.vector('car')!)).toBeGreaterThan(cosine(source.vector('cat')!, source.vector('car')!) + 0.1);
    // Still closer to where it started than to its neighbour's original vector (α = 1).
    expect(cosine(fitted.vector('cat')!, source.vector('cat')!)).toBeGreaterThan(cosine(fitted.vector('cat')!, source.vector('car')!));
    expect(Array.from(fitted.vector('pear')!)).toEqual(Array.from(source.vector('pear')!));
  });

  it('ignores neighbours outside the vocabulary and is deterministic', () => {
    const a = retrofitSource(source, vocabulary, [[['bus', 'zebra']], [['kitten', 'dog', 'cat']]]);
    const b = retrofitSource(source, vocabulary, [[['kitten', 'dog', 'cat']], [['zebra', 'bus']]]);
    expect(a.stats.wordsMoved).toBe(3);
    for (const w of vocabulary) expect(Array.from(a.source.vector(w)!)).toEqual(Array.from(b.source.vector(w)!));
  });

  it('reads thesaurus entries and WordNet data lines as groups of single words', async () => {
    expect(thesaurusGroups('synonyms:\n  - blacklist, black list, blacklisted => Entity List\n  - licence, license\n  - catch-all, end-use control\n')).toEqual([
      ['blacklist', 'blacklisted'],
      ['licence', 'license'],
    ]);
    const dict = await mkdtemp(path.join(tmpdir(), 'wordnet-'));
    await mkdir(dict, { recursive: true });
    await writeFile(path.join(dict, 'data.noun'), '  1 licence header line\n00001740 03 n 03 permit 0 licence 0 license_plate 0 000 | a document\n');
    for (const pos of ['verb', 'adj', 'adv']) await writeFile(path.join(dict, `data.${pos}`), `00000001 00 ${pos[0]} 02 able(a) 0 capable 0 000 | x\n`);
    const groups = await wordnetSynsets(dict);
    expect(groups[0]).toEqual(['permit', 'licence']);
    expect(groups[2]).toEqual(['able', 'capable']);
  });
});
