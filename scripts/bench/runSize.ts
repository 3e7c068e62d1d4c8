/**
 * Everything measured for one corpus size, run inside its own child process so that
 * process.resourceUsage().maxRSS is the peak of this size alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmbedder, DEFAULT_MODEL} from '../../src/shared/embedder';
import {loadSearchIndex} from '../../src/shared/search/indexFiles';
import type {SearchMode} from '../../src/shared/search/ranking';
import {quietly} from '../search/openBuiltIndex';
import {indexBytes, type IndexBytes} from './indexBytes';
import {measureQueryLatency, type LatencyFigures} from './queryLatency';
import {generateCorpus} from './syntheticCorpus';
import {generateQueries} from './syntheticQueries';
import {timedBuild, type BuildFigures} from './timedBuild';
import {loadVocabulary} from './vocabulary';

export interface SizeFigures {
  size: number;
  dimension: number;
  modelId: string;
  corpusMs: number;
  modelLoadMs: number;
  cold: BuildFigures;
  warm: BuildFigures;
  /** The warm rebuild wrote byte-identical files (same content-hashed names) as the cold build. */
  warmIdentical: boolean;
  /** Size of the embedding cache file after the build. */
  cacheBytes: number;
  bytes: IndexBytes;
  /** Reading the files and loadSearchIndex (JSON.parse + lunr.Index.load + decode). */
  loadMs: number;
  embedQueriesMs: number;
  latency: Record<SearchMode, LatencyFigures>;
  /** maxRSS in MB: after the cold build, after the warm build (= peak of the build), at the end. */
  rssMb: {afterCold: number; build: number; end: number};
}

export interface RunOptions {
  modelsDir: string;
  queries: number;
  seed: number;
  log: (line: string) => void;
}

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

export async function runSize(size: number, options: RunOptions): Promise<SizeFigures> {
  const {log} = options;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `ccic-kb-bench-${size}-`));
  const dirs = {cache: path.join(work, 'cache'), site: path.join(work, 'site')};
  try {
    let start = performance.now();
    const vocabulary = loadVocabulary(path.join(options.modelsDir, DEFAULT_MODEL, 'tokenizer.json'));
    const corpus = generateCorpus(size, vocabulary, options.seed);
    const corpusMs = performance.now() - start;
    log(`[${size}] corpus: ${corpus.chunks.length} chunks, ${corpus.controls.length} control records (${ms(corpusMs)})`);

    start = performance.now();
    const embedder = await quietly(() => createEmbedder({model: DEFAULT_MODEL, localModelPath: `${options.modelsDir}${path.sep}`}));
    const modelLoadMs = performance.now() - start;

    log(`[${size}] cold build (empty cache ${dirs.cache})…`);
    const cold = await timedBuild(corpus, embedder, dirs);
    const afterCold = maxRssMb();
    const coldNames = [cold.built.manifest.meta, cold.built.manifest.lexical, cold.built.manifest.vectors].join();
    const coldFigures = cold.figures;
    cold.built.files = {};
    log(`[${size}] cold: ${describe(coldFigures)}`);

    log(`[${size}] warm rebuild (same cache, unchanged texts)…`);
    const warm = await timedBuild(corpus, embedder, dirs);
    const buildRss = maxRssMb();
    log(`[${size}] warm: ${describe(warm.figures)}`);
    const warmIdentical = coldNames === [warm.built.manifest.meta, warm.built.manifest.lexical, warm.built.manifest.vectors].join();
    const cacheBytes = fs.readdirSync(dirs.cache).reduce((sum, name) => sum + fs.statSync(path.join(dirs.cache, name)).size, 0);

    const bytes = indexBytes(warm.built);
    const manifest = warm.built.manifest;
    warm.built.files = {};

    start = performance.now();
    const searchDir = path.join(dirs.site, 'search');
    const index = await loadSearchIndex(manifest, async (name) => fs.readFileSync(path.join(searchDir, name)));
    const loadMs = performance.now() - start;
    const queries = generateQueries(corpus, vocabulary, options.queries, options.seed + 1);
    log(`[${size}] index loaded (${ms(loadMs)}); timing ${queries.length} queries × 3 modes…`);
    const {embedQueriesMs, latency} = await measureQueryLatency(index, embedder, queries);

    return {
      size,
      dimension: embedder.dimension,
      modelId: embedder.modelId,
      corpusMs,
      modelLoadMs,
      cold: coldFigures,
      warm: warm.figures,
      warmIdentical,
      cacheBytes,
      bytes,
      loadMs,
      embedQueriesMs,
      latency,
      rssMb: {afterCold, build: buildRss, end: maxRssMb()},
    };
  } finally {
    fs.rmSync(work, {recursive: true, force: true});
  }
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

function describe(f: BuildFigures): string {
  return `embedded ${f.embedded}/${f.chunks}; embed ${ms(f.embedMs)}, lexical ${ms(f.lexicalMs)}, vectors ${ms(f.vectorsMs)}, write ${ms(f.writeMs)}; total ${ms(f.totalMs)}`;
}
