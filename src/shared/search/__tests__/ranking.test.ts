import {describe, expect, it} from 'vitest';
import {createSearchIndex, search} from '../ranking';
import {buildLexicalIndex, searchLexical} from '../lexical';
import {quantizeVectors, encodeVectorIndex, decodeVectorIndex} from '../vectors';
import type {Chunk, IndexMeta} from '../types';

const chunk = (id: string, type: Chunk['type'], title: string, text: string, extra: Partial<Chunk> = {}): Chunk => ({
  id, type, title, text, url: `/${id.replace(':', '/')}`, audience: [], theme: [], pillar: [], jurisdiction: [], keywords: [], ...extra,
});

const chunks: Chunk[] = [
  chunk('control:intrusion-software-systems', 'control', '4A005: Systems for intrusion software', 'Command and delivery platforms for intrusion software.', {keywords: ['4A005', '4.A.5'], jurisdiction: ['European Union'], year: 2013}),
  chunk('recommendation:R5.3', 'recommendation', 'R5.3 Check end users of spyware', 'Verify police and intelligence customers before licensing spyware.', {keywords: ['R5.3'], audience: ['licensing-officer'], theme: ['end-user-checks']}),
  chunk('section:end-use-controls#red-flags', 'section', 'Red flags', 'Warning signs in a transaction: covert marketing, evasive buyers.'),
  chunk('precedent:it-2016-hacking-team-authorisation-revoked', 'precedent', 'Italy revoked Hacking Team authorisation', 'The ministry revoked a global authorisation.', {keywords: ['it-2016-hacking-team-authorisation-revoked'], jurisdiction: ['Italy'], year: 2016}),
];
// Hand-made unit vectors: the query "surveillance tools for law enforcement" points at R5.3.
const vectors = [
  new Float32Array([1, 0, 0]),
  new Float32Array([0, 1, 0]),
  new Float32Array([0, 0.6, 0.8]),
  new Float32Array([0, 0, 1]),
];
const meta: IndexMeta = {formatVersion: 1, modelId: 'test', dimension: 3, chunks, controls: [{slug: 'intrusion-software-systems', title: 'Systems', keys: ['4A005'], aliases: []}]};
const index = createSearchIndex(meta, buildLexicalIndex(chunks), decodeVectorIndex(encodeVectorIndex(quantizeVectors(vectors, 3))));
const ids = (results: ReturnType<typeof search>) => results.map((r) => r.chunk.id);

describe('hybrid ranking', () => {
  it('puts an entry named in any notation first, as an exact match', () => {
    for (const query of ['4A005', '4.A.5', 'ECCN 4A005', 'what covers 4a5?']) {
      const [first] = search(index, query, {queryVector: new Float32Array([0, 0, 1])});
      expect(first.chunk.id, query).toBe('control:intrusion-software-systems');
      expect(first.match.exact).toBe(true);
    }
  });

  it('puts a recommendation or precedent named by ID first', () => {
    expect(ids(search(index, 'what does r5.3 say'))[0]).toBe('recommendation:R5.3');
    expect(ids(search(index, 'it-2016-hacking-team-authorisation-revoked'))[0]).toBe('precedent:it-2016-hacking-team-authorisation-revoked');
  });

  it('finds by meaning when no word matches (vector side)', () => {
    const results = search(index, 'surveillance tools for law enforcement', {queryVector: new Float32Array([0, 1, 0])});
    expect(ids(results)[0]).toBe('recommendation:R5.3');
    expect(results[0].match.vectorRank).toBe(1);
  });

  it('fuses: an item ranked by both lists beats one ranked by one', () => {
    const results = search(index, 'red flags', {queryVector: new Float32Array([0, 0.6, 0.8])});
    expect(ids(results)[0]).toBe('section:end-use-controls#red-flags');
    expect(results[0].match).toMatchObject({lexicalRank: 1, vectorRank: 1});
  });

  it('ranks lexically only while no query vector is available', () => {
    const results = search(index, 'spyware');
    expect(ids(results)).toEqual(['recommendation:R5.3']);
    expect(results[0].match.vectorRank).toBeUndefined();
  });

  it('applies filters to exact and fused results alike', () => {
    expect(ids(search(index, '4A005 spyware', {filters: {types: ['recommendation']}}))).toEqual(['recommendation:R5.3']);
    expect(ids(search(index, 'revoked authorisation', {filters: {jurisdiction: ['Italy']}}))).toEqual(['precedent:it-2016-hacking-team-authorisation-revoked']);
    expect(ids(search(index, 'revoked authorisation', {filters: {yearFrom: 2017}}))).toEqual([]);
    expect(ids(search(index, 'spyware', {filters: {audience: ['policymaker']}}))).toEqual([]);
  });

  it('never throws, whatever the user types', () => {
    const awkward = ['4A005:', '+', '~', '"', '*', '-', '^2', 'title:spyware', 'a'.repeat(10_000), 'x '.repeat(5000), '🕵️ spyware 🔍', '', '   ', '\u0000', '((', 'spy*', '+spyware -police', 'R5.', '4.A.'];
    for (const query of awkward) {
      expect(() => search(index, query, {queryVector: new Float32Array([0, 1, 0])}), JSON.stringify(query.slice(0, 20))).not.toThrow();
    }
  });

  it('highlights matched words in the snippet as separate text pieces', () => {
    const [result] = search(index, 'spyware customers');
    const highlighted = result.snippet.filter((p) => p.highlight).map((p) => p.text);
    expect(highlighted).toEqual(['customers', 'spyware']);
    expect(result.snippet.map((p) => p.text).join('')).toBe('Verify police and intelligence customers before licensing spyware.');
  });
});

describe('vector index encoding', () => {
  it('round-trips int8 rows and scales within quantisation error, at 104 bytes a row for 100 dimensions', () => {
    const rows = Array.from({length: 7}, (_, r) => Float32Array.from({length: 100}, (_, d) => Math.sin(r * 31 + d)));
    const decoded = decodeVectorIndex(encodeVectorIndex(quantizeVectors(rows, 100)));
    expect(decoded.count).toBe(7);
    for (let r = 0; r < 7; r += 1) {
      for (let d = 0; d < 100; d += 1) expect(Math.abs(decoded.values[r * 100 + d] * decoded.scales[r] - rows[r][d])).toBeLessThan(0.005);
    }
    expect(encodeVectorIndex(quantizeVectors(rows, 100)).byteLength).toBe(12 + 700 + 7 * 4);
  });
});

describe('sharded lexical index', () => {
  it('finds the same chunks, at their global positions, whatever the shard size', () => {
    const whole = buildLexicalIndex(chunks);
    const sharded = buildLexicalIndex(chunks, 1);
    expect(sharded.shards).toHaveLength(chunks.length);
    for (const query of ['spyware', 'revoked authorisation', 'intrusion software platforms', '4A005']) {
      const positions = (index: typeof whole) => searchLexical(index, query).map((hit) => hit.position).sort();
      expect(positions(sharded), query).toEqual(positions(whole));
    }
  });
});
