import {describe, expect, it} from 'vitest';
import {createSearchIndex, search} from '../ranking';
import {buildLexicalIndex} from '../lexical';
import {decodeVectorIndex, encodeVectorIndex, quantizeVectors} from '../vectors';
import {capQuery, MAX_QUERY_CHARS} from '../query';
import {suggestQuery} from '../suggest';
import {describeMatch} from '../matchText';
import type {Chunk, IndexMeta} from '../types';

const chunk = (id: string, type: Chunk['type'], title: string, text: string, extra: Partial<Chunk> = {}): Chunk => ({
  id, type, title, text, url: `/${id.replace(':', '/')}`, audience: [], theme: [], pillar: [], jurisdiction: [], keywords: [], ...extra,
});

const chunks: Chunk[] = [
  chunk('precedent:us-2021-entity-list-nso-candiru', 'precedent', 'United States adds NSO Group and Candiru to the Entity List', 'The Commerce Department listed two spyware vendors.', {keywords: ['us-2021-entity-list-nso-candiru']}),
  chunk('precedent:us-2024-entity-list-sandvine', 'precedent', 'United States adds Sandvine to the Entity List', 'Deep packet inspection supplied to Egypt.', {keywords: ['us-2024-entity-list-sandvine']}),
  chunk('section:other', 'section', 'Sanctions and listings', 'Other measures against vendors of surveillance tools, in general.'),
  chunk('term:entity-list', 'term', 'Entity List', 'A US list of foreign parties that need a licence.'),
  chunk('section:human-rights-risk', 'section', 'Human-rights risk', 'Questions to ask about the agency that will use spyware, its oversight and the risk to journalists.'),
  chunk('scenario:end-use#scenario-lighthouse', 'scenario', 'The Lighthouse application', 'Fictional scenario. A spyware vendor applies for a licence.', {trainingKind: 'scenario'}),
];
// Row 2 ("Sanctions and listings") is nearest in meaning to the query vector used below.
const vectors = [
  new Float32Array([0.6, 0.8, 0]),
  new Float32Array([0.5, 0.866, 0]),
  new Float32Array([0, 1, 0]),
  new Float32Array([0.8, 0.6, 0]),
  new Float32Array([0, 0, 1]),
  new Float32Array([0, 0.6, 0.8]),
];
const meta: IndexMeta = {
  formatVersion: 1,
  modelId: 'test',
  dimension: 3,
  chunks,
  controls: [],
  thesaurus: {blacklist: ['Entity List'], 'black list': ['Entity List']},
};
const index = createSearchIndex(meta, buildLexicalIndex(chunks), decodeVectorIndex(encodeVectorIndex(quantizeVectors(vectors, 3))));
const ids = (results: ReturnType<typeof search>) => results.map((r) => r.chunk.id);

describe('fusion that respects strong evidence', () => {
  it('never ranks a title matching every typed word below a match on meaning alone', () => {
    // With no strong-evidence rule, a heavily weighted vector list puts the vector-only "Sanctions and listings" first.
    const query = 'NSO entity list';
    const results = search(index, query, {queryVector: new Float32Array([0, 1, 0]), ranking: {vectorWeight: 5, strongBonus: 0}});
    const nso = ids(results).indexOf('precedent:us-2021-entity-list-nso-candiru');
    const vectorOnly = results.findIndex((r) => r.match.kind === 'meaning');
    expect(vectorOnly).toBeGreaterThan(nso);
    expect(results[nso].match).toMatchObject({kind: 'words', strong: true, words: ['nso', 'entity', 'list']});
    // Without the rule (the same scores, ordered by score alone) the vector-only match would lead.
    expect(results[vectorOnly].score).toBeLessThan(results[nso].score);
    expect(ids(search(index, query, {queryVector: new Float32Array([0, 1, 0])}))[0]).toBe('precedent:us-2021-entity-list-nso-candiru');
  });

  it('applies type priors only to long questions', () => {
    const rank = (query: string, term: number) => ids(search(index, query, {ranking: {typePriors: {term}, longQueryWords: 4, strongBonus: 0}})).indexOf('term:entity-list');
    expect(rank('entity list', 0.01)).toBe(rank('entity list', 1));
    const question = 'which foreign parties are on the entity list for spyware';
    expect(rank(question, 1)).toBe(0);
    expect(rank(question, 0.01)).toBeGreaterThan(0);
  });
});

describe('thesaurus expansion', () => {
  it('finds the Entity List for "blacklist", says so, and counts the expansion for less than a typed word', () => {
    const results = search(index, 'blacklist');
    expect(ids(results).slice(0, 3).sort()).toEqual(['precedent:us-2021-entity-list-nso-candiru', 'precedent:us-2024-entity-list-sandvine', 'term:entity-list']);
    const term = results.find((r) => r.chunk.id === 'term:entity-list')!;
    expect(term.match).toMatchObject({kind: 'thesaurus', via: [{from: 'blacklist', to: 'Entity List'}], words: [], strong: true});
    expect(describeMatch(term.match)).toBe('Matched via Entity List');
    // Two chunks alike but for the word: the one with the typed word ranks above the one with its expansion.
    const pair = [chunk('section:a', 'section', 'Brokers', 'Rules for middlemen in the trade.'), chunk('section:b', 'section', 'Brokers', 'Rules for brokering in the trade.')];
    const small = createSearchIndex({...meta, chunks: pair, thesaurus: {middlemen: ['brokering']}}, buildLexicalIndex(pair), decodeVectorIndex(encodeVectorIndex(quantizeVectors([new Float32Array([1, 0, 0]), new Float32Array([1, 0, 0])], 3))));
    const both = search(small, 'middlemen');
    expect(ids(both)).toEqual(['section:a', 'section:b']);
    expect(both[0].score).toBeGreaterThan(both[1].score);
    expect(both[1].match).toMatchObject({kind: 'thesaurus', via: [{from: 'middlemen', to: 'brokering'}]});
  });
});

describe('nothing confident from nothing', () => {
  it('returns no results for invented words, even with a query vector', () => {
    expect(search(index, 'zzqx flurbish', {queryVector: new Float32Array([0, 0, 0])})).toEqual([]);
    // A known-to-the-model word with a weak match in meaning: below the similarity floor, dropped.
    expect(search(index, 'zzqx nonsense', {queryVector: new Float32Array([0.1, 0.1, -0.99]), ranking: {minCosine: 0.3}})).toEqual([]);
  });

  it('keeps a vector-only match that is close in meaning, and says which words it shares', () => {
    const [result] = search(index, 'journalist oversight', {queryVector: new Float32Array([0, 0, 1]), mode: 'vector'});
    expect(result.chunk.id).toBe('section:human-rights-risk');
    expect(result.match.kind).toBe('meaning');
    expect(result.match.shared).toEqual(['journalists', 'oversight']);
    expect(describeMatch(result.match)).toBe('Close in meaning (shared: journalists, oversight)');
  });

  it('suggests the nearest indexed spelling for a typo, and nothing for an invented word', () => {
    expect(suggestQuery(index, 'sandvnie egpyt')).toBe('sandvine egypt');
    expect(suggestQuery(index, 'zzqx flurbish')).toBeUndefined();
  });

  it('reads the indexed text only when a word could be a typo (the navbar asks on every empty list)', () => {
    const fresh = createSearchIndex(meta, buildLexicalIndex(chunks), decodeVectorIndex(encodeVectorIndex(quantizeVectors(vectors, 3))));
    let reads = 0;
    fresh.meta = new Proxy(meta, {get: (target, key) => (key === 'chunks' && reads++, Reflect.get(target, key))});
    // A first letter, a short word, stop words and known words: nothing to correct.
    for (const query of ['r', 'zq', 'the of', 'entity list']) expect(suggestQuery(fresh, query)).toBeUndefined();
    expect(reads).toBe(0);
    expect(suggestQuery(fresh, 'sandvnie')).toBe('sandvine');
    expect(reads).toBe(1);
  });
});

describe('match reasons', () => {
  it('names an exact ID, the words matched, and only the words typed', () => {
    const [exact] = search(index, 'us-2024-entity-list-sandvine');
    expect(exact.match.kind).toBe('exact');
    expect(describeMatch(exact.match)).toBe('Exact ID match');
    const [words] = search(index, 'deep packet inspection');
    expect(words.match).toMatchObject({kind: 'words', words: ['deep', 'packet', 'inspection']});
  });
});

describe('training material in filtered searches', () => {
  it('never returns a scenario to a precedents-only or controls-only search', () => {
    for (const types of [['precedent'], ['control'], ['precedent', 'control']] as const) {
      const results = search(index, 'spyware licence application', {queryVector: new Float32Array([0, 0.6, 0.8]), filters: {types: [...types]}});
      expect(results.every((r) => types.includes(r.chunk.type as never))).toBe(true);
    }
    expect(ids(search(index, 'spyware licence application', {queryVector: new Float32Array([0, 0.6, 0.8])}))).toContain('scenario:end-use#scenario-lighthouse');
  });
});

describe('one query cap', () => {
  it('cuts at MAX_QUERY_CHARS without splitting a surrogate pair, and search sees only the cut query', () => {
    expect(capQuery('a'.repeat(MAX_QUERY_CHARS + 10))).toHaveLength(MAX_QUERY_CHARS);
    const emoji = `${'a'.repeat(MAX_QUERY_CHARS - 1)}🕵️`;
    expect(capQuery(emoji)).toBe('a'.repeat(MAX_QUERY_CHARS - 1));
    // "sandvine" beyond the cap is never searched.
    expect(search(index, `${' '.repeat(MAX_QUERY_CHARS)}sandvine`)).toEqual([]);
    expect(ids(search(index, `${' '.repeat(MAX_QUERY_CHARS - 10)}sandvine`))[0]).toBe('precedent:us-2024-entity-list-sandvine');
  });
});

describe('fuzzed queries', () => {
  it('never throws on 10,000 generated queries through the shared entry point', async () => {
    const {fuzzQueries, randomUnitVector, seededRandom} = await import('../../../../scripts/search/fuzzQueries');
    const random = seededRandom(3);
    for (const query of fuzzQueries(10_000)) {
      expect(() => search(index, query, {queryVector: randomUnitVector(3, random)}), JSON.stringify(query.slice(0, 40))).not.toThrow();
    }
  }, 120_000);
});
