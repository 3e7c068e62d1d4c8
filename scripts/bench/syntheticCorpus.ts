/**
 * A deterministic synthetic corpus shaped like the real one (plugins/kb-search/chunkContent.ts):
 * chapter sections, recommendations, control entries, precedents and glossary terms, with the
 * same ID, title, keyword and facet conventions, and text drawn from real English words with a
 * Zipf-like frequency distribution.
 */
import {REGIME_NAMES} from '../../plugins/kb-content/types';
import type {RegistryRecord} from '../../src/shared/controlRegistry';
import {canonicalKey, notationsOf, parseControlNumber} from '../../src/shared/notation';
import type {Chunk, ChunkType} from '../../src/shared/search/types';
import {intBetween, mulberry32, pick, pickSome, zipfSampler} from './random';

export interface SyntheticCorpus {
  chunks: Chunk[];
  controls: RegistryRecord[];
  /** Identifiers that exist in this corpus, for exact-ID queries. */
  ids: {controlNumbers: string[]; recommendations: string[]; precedents: string[]};
}

/** Share of each chunk type (roughly the real mix, with more sections than anything else). */
const TYPE_SHARES: [ChunkType, number][] = [
  ['section', 0.4],
  ['recommendation', 0.15],
  ['control', 0.2],
  ['precedent', 0.15],
  ['term', 0.1],
];

const AUDIENCES = ['policymaker', 'licensing-officer', 'enforcement-officer', 'exporter', 'trainer'];
const PILLARS = ['accountability', 'precision', 'oversight', 'transparency'];
const THEMES = [
  'market-and-harms', 'multilateral-regimes', 'list-based-controls', 'catch-all-controls', 'definitions-and-scope',
  'intangible-transfers', 'services-and-brokering', 'research-carve-outs', 'outreach', 'classification',
  'compliance-programmes', 'registration', 'risk-assessment', 'human-rights', 'end-user-checks', 'red-flags',
  'post-shipment-verification', 'enforcement', 'transparency-reporting', 'information-sharing', 'international-cooperation',
];
const STATES: [string, string][] = [
  ['us', 'United States'], ['gb', 'United Kingdom'], ['fr', 'France'], ['de', 'Germany'], ['it', 'Italy'],
  ['nl', 'Netherlands'], ['il', 'Israel'], ['se', 'Sweden'], ['ca', 'Canada'], ['au', 'Australia'], ['jp', 'Japan'],
];
/** Real entry numbers first, so queries such as "4A005" resolve at every corpus size. */
const WELL_KNOWN_NUMBERS = ['4A005', '4D004', '4E001.c', '5A004.a', '4D001.a', '5A001.j', '5D001.e', '4E001.a'];
const CHAPTERS = 12;

export function generateCorpus(size: number, vocabulary: readonly string[], seed = 20240601): SyntheticCorpus {
  const random = mulberry32(seed);
  const zipf = zipfSampler(vocabulary.length, 1.0);
  const word = () => vocabulary[zipf(random)];
  // Titles lean on content words: skip the ~50 most frequent (function) words.
  const titleWord = () => vocabulary[Math.min(vocabulary.length - 1, 50 + zipf(random))];
  const words = (count: number, draw = word) => Array.from({length: count}, draw);
  const title = () => capitalise(words(intBetween(random, 4, 10), titleWord).join(' '));

  const counts = TYPE_SHARES.map(([type, share]) => [type, Math.round(size * share)] as const);
  const shortfall = size - counts.reduce((sum, [, n]) => sum + n, 0);
  const count = (type: ChunkType) => (counts.find(([t]) => t === type)?.[1] ?? 0) + (type === 'section' ? shortfall : 0);

  const controlNumbers = controlNumbersFor(count('control'));
  const recommendations = Array.from({length: count('recommendation')}, (_, k) => `R${(k % CHAPTERS) + 1}.${Math.floor(k / CHAPTERS) + 1}`);
  const precedents = Array.from({length: count('precedent')}, (_, k) => {
    const [code] = STATES[k % STATES.length];
    return `${code}-${2010 + (k % 15)}-${titleWord().toLowerCase()}-${k + 1}`;
  });
  const chapterTitles = Array.from({length: CHAPTERS}, () => title());

  /** 60–250 words in sentences; some bodies cite an entry number or a recommendation, as guidance does. */
  const body = () => {
    const target = intBetween(random, 60, 250);
    const sentences: string[] = [];
    let length = 0;
    while (length < target) {
      const n = Math.min(intBetween(random, 6, 20), target - length);
      const sentence = words(n);
      if (random() < 0.04 && controlNumbers.length) sentence.splice(intBetween(random, 0, n), 0, pick(random, controlNumbers));
      else if (random() < 0.02 && recommendations.length) sentence.splice(intBetween(random, 0, n), 0, pick(random, recommendations));
      sentences.push(capitalise(sentence.join(' ')));
      length += n;
    }
    return `${sentences.join('. ')}.`;
  };
  const base = {audience: [] as string[], theme: [] as string[], pillar: [] as string[], jurisdiction: [] as string[], keywords: [] as string[]};

  const chunks: Chunk[] = [];
  for (let k = 0; k < count('section'); k += 1) {
    const chapter = (k % CHAPTERS) + 1;
    chunks.push({
      ...base,
      id: `section:chapter-${chapter}#section-${k + 1}`,
      type: 'section',
      title: `${title()} (Chapter ${chapter}: ${chapterTitles[chapter - 1]})`,
      url: `/guide/chapter-${chapter}#section-${k + 1}`,
      chapter,
      text: body(),
    });
  }
  recommendations.forEach((id, k) => {
    const chapter = Number(id.slice(1, id.indexOf('.')));
    chunks.push({
      ...base,
      id: `recommendation:${id}`,
      type: 'recommendation',
      title: `${id} ${title()}`,
      url: `/guide/chapter-${chapter}#r${chapter}-${id.slice(id.indexOf('.') + 1)}`,
      chapter,
      audience: pickSome(random, AUDIENCES, intBetween(random, 1, 3)),
      theme: pickSome(random, THEMES, intBetween(random, 1, 3)),
      pillar: pickSome(random, PILLARS, intBetween(random, 1, 2)),
      keywords: [id],
      text: k % 40 === 39 ? `Withdrawn. ${body()}` : body(),
    });
  });
  const controls: RegistryRecord[] = [];
  const regimes = Object.values(REGIME_NAMES);
  controlNumbers.forEach((number, k) => {
    const parsed = parseControlNumber(number);
    const slug = `entry-${number.toLowerCase().replace(/\./g, '-')}`;
    const name = title();
    controls.push({slug, title: name, keys: parsed ? [canonicalKey(parsed)] : [], aliases: []});
    chunks.push({
      ...base,
      id: `control:${slug}`,
      type: 'control',
      title: `${number}: ${name}`,
      url: `/controls/${slug}`,
      jurisdiction: pickSome(random, regimes, intBetween(random, 1, regimes.length)),
      year: 2013 + (k % 12),
      keywords: [...new Set([number, ...(parsed ? notationsOf(parsed) : [])])],
      text: `${number} ${body()}`,
    });
  });
  precedents.forEach((id, k) => {
    chunks.push({
      ...base,
      id: `precedent:${id}`,
      type: 'precedent',
      title: title(),
      url: `/precedents/${id}`,
      jurisdiction: [STATES[k % STATES.length][1]],
      year: 2010 + (k % 15),
      keywords: [id],
      text: body(),
    });
  });
  for (let k = 0; k < count('term'); k += 1) {
    const name = title();
    chunks.push({
      ...base,
      id: `term:term-${k + 1}`,
      type: 'term',
      title: name,
      url: `/glossary/term-${k + 1}`,
      keywords: random() < 0.5 ? [capitalise(words(intBetween(random, 1, 3), titleWord).join(' '))] : [],
      text: body(),
    });
  }
  return {chunks, controls, ids: {controlNumbers, recommendations, precedents}};
}

/** `count` distinct entry numbers (compact notation): the well-known ones, then 0A001, 1A001, … 9E999. */
function controlNumbersFor(count: number): string[] {
  const numbers = WELL_KNOWN_NUMBERS.slice(0, count);
  // Parents of the well-known numbers stay families (4E001 → 4E001.a, 4E001.c), as in the real lists.
  const taken = new Set(numbers.map((n) => n.split('.')[0]));
  for (let k = 0; numbers.length < count; k += 1) {
    const entry = Math.floor(k / 50) + 1;
    if (entry > 999) throw new Error(`cannot make ${count} distinct entry numbers`);
    const number = `${k % 10}${'ABCDE'[Math.floor(k / 10) % 5]}${String(entry).padStart(3, '0')}`;
    if (!taken.has(number)) numbers.push(number);
  }
  return numbers;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
