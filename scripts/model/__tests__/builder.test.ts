import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildStaticModel, writeModelDir } from '../buildStaticModel';
import { parseWordList, selectVocabulary } from '../vocabulary';
import { harmonicNumber, sifWeight, zipfProbability } from '../sifWeights';
import { measureError, quantizePerRow, quantizePerTensor } from '../quantize';
import { isTokenizableWord, wordTokens } from '../textRules';
import type { WordVectorSource } from '../wordVectorSource';
import { TINY_DIM, tinySource } from './tinySource';

const opts = { name: 'tiny', frequentWords: 12, domainWords: [] as string[], sifA: 0.05 };

describe('vocabulary', () => {
  const source: WordVectorSource = {
    name: 's', licence: 'l', dimension: 2,
    words: ['the', ',', 'cafe', 'café', 'u.s.', 'spy', 'end-user', 'x', 'wassenaar', 'rare'],
    vector: (w) => (['the', ',', 'cafe', 'café', 'u.s.', 'spy', 'end-user', 'x', 'wassenaar', 'rare'].includes(w) ? [1, 2] : undefined),
  };

  it('keeps only whole-token words, in frequency order', () => {
    const v = selectVocabulary(source, 3, []);
    expect(v.entries.map((e) => e.token)).toEqual(['the', 'cafe', 'spy']);
    expect(v.entries.map((e) => e.rank)).toEqual([1, 3, 6]);
  });

  it('appends domain words by rank, joins compounds, reports missing ones', () => {
    const a = selectVocabulary(source, 2, ['wassenaar', 'spyware', 'end-user', 'cafe', 'rare']);
    const b = selectVocabulary(source, 2, ['rare', 'end-user', 'cafe', 'spyware', 'wassenaar']);
    expect(a.entries.map((e) => e.token)).toEqual(['the', 'cafe', 'enduser', 'wassenaar', 'rare']);
    expect(a.entries[2]!.sourceWord).toBe('end-user');
    expect(a.compounds).toEqual(['end-user']);
    expect(a.domainMissing).toEqual(['spyware']);
    expect(b.entries).toEqual(a.entries); // line order of the list doesn't matter
  });

  it('parses the word list', () => {
    expect(parseWordList('# c\nSpyware\n\nexploit # x\nspyware\n')).toEqual(['spyware', 'exploit']);
  });

  it('the committed domain list is lowercase and free of duplicates', async () => {
    const text = await readFile(new URL('../domain-words.txt', import.meta.url), 'utf8');
    const lines = text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    expect(lines.every((l) => l === l.toLowerCase())).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('text rules', () => {
  it('splits hyphens and possessives, joins known compounds', () => {
    expect(wordTokens("The End-User's Café", [])).toEqual(['the', 'end', '-', 'user', "'", 's', 'cafe']);
    expect(wordTokens('end-user and end-users', ['end-user'])).toEqual(['enduser', 'and', 'end', '-', 'users']);
    expect(isTokenizableWord('u.s.')).toBe(false);
    expect(isTokenizableWord('café')).toBe(false);
  });
});

describe('SIF weights', () => {
  it('down-weights frequent words and approaches 1 for rare ones', () => {
    const h = harmonicNumber(400_000);
    expect(h).toBeCloseTo(Math.log(400_000) + 0.5772156649, 5);
    const w = (r: number) => sifWeight(zipfProbability(r, h), 1e-3);
    expect(w(1)).toBeLessThan(0.02);
    expect(w(100)).toBeGreaterThan(0.5);
    expect(w(50_000)).toBeGreaterThan(0.99);
    for (const r of [1, 10, 100, 1000]) expect(w(r)).toBeLessThan(w(r + 1));
  });
});

describe('quantisation', () => {
  // Rows whose norms span two orders of magnitude, like SIF-weighted rows.
  const dim = 100;
  const rows = 200;
  const table = new Float64Array(rows * dim);
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  for (let r = 0; r < rows; r++) for (let i = 0; i < dim; i++) table[r * dim + i] = rnd() * (r % 2 ? 1 : 0.01);

  it('per-row int8 keeps every row within the sqrt(dim)/254 bound', () => {
    const e = measureError(table, quantizePerRow(table, dim));
    expect(e.meanRelativeError).toBeLessThan(Math.sqrt(dim) / 254);
    expect(e.maxCosineError).toBeLessThan(1e-3);
  });

  it('per-tensor int8 is much worse on such rows (why per-row was chosen)', () => {
    const perRow = measureError(table, quantizePerRow(table, dim));
    const perTensor = measureError(table, quantizePerTensor(table, dim));
    expect(perTensor.meanCosineError).toBeGreaterThan(20 * perRow.meanCosineError);
  });

  it('all-zero rows get scale 0', () => {
    const q = quantizePerRow(new Float64Array(2 * dim), dim);
    expect(Array.from(q.scales)).toEqual([0, 0]);
  });
});

describe('buildStaticModel', () => {
  it('is deterministic: two builds give byte-identical files', async () => {
    const a = buildStaticModel(tinySource(), opts);
    const b = buildStaticModel(tinySource(), opts);
    expect(a.files.map(([n]) => n)).toEqual(['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx', 'onnx/model.onnx', 'README.md']);
    a.files.forEach(([name, bytes], i) => expect(Buffer.compare(bytes, b.files[i]![1]), name).toBe(0));
    const dir = await mkdtemp(path.join(tmpdir(), 'tiny-model-'));
    await writeModelDir(dir, a.files);
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'config.json', 'onnx', 'tokenizer.json', 'tokenizer_config.json']);
  });

  it('writes a tokenizer with [PAD]=0, [UNK]=1 and no special tokens around the text', () => {
    const { files, stats } = buildStaticModel(tinySource(), opts);
    const tok = JSON.parse(new TextDecoder().decode(files.find(([n]) => n === 'tokenizer.json')![1]));
    expect(tok.model.vocab['[PAD]']).toBe(0);
    expect(tok.model.vocab['[UNK]']).toBe(1);
    expect(tok.post_processor).toBeNull();
    expect(stats.vocabSize).toBe(14);
    expect(stats.dim).toBe(TINY_DIM);
  });

  it('drops the float graph when it would break the size budget, and fails when even int8 does', () => {
    const full = buildStaticModel(tinySource(), { ...opts, includeFloat: true });
    const size = (n: string) => full.files.find(([f]) => f === n)![1].length;
    const withoutCard = full.stats.totalBytes - size('README.md');
    // The builder reserves 16 000 bytes for the card when deciding.
    const fits = buildStaticModel(tinySource(), { ...opts, includeFloat: 'auto', maxDirBytes: withoutCard + 16_000 });
    const tight = buildStaticModel(tinySource(), { ...opts, includeFloat: 'auto', maxDirBytes: withoutCard + 16_000 - 1 });
    expect(fits.stats.includesFloat).toBe(true);
    expect(tight.stats.includesFloat).toBe(false);
    expect(tight.files.some(([n]) => n === 'onnx/model.onnx')).toBe(false);
    expect(() => buildStaticModel(tinySource(), { ...opts, maxDirBytes: 1_000 })).toThrow(/budget/);
  });
});
