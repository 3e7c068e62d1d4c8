/**
 * Fuzz benchmark of the shared search entry point: generated queries (scripts/search/
 * fuzzQueries.ts) through search() on the built index, with the real model embedding every
 * 100th query (capped first, as the browser and CLI do) and seeded unit vectors for the rest.
 * Prints time per query; any throw fails the run.
 *
 *   npm run bench:fuzz [-- --count 10000] [-- --site-dir build]
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {search} from '../src/shared/search/ranking';
import {capQuery} from '../src/shared/search/query';
import {fuzzQueries, randomUnitVector, seededRandom} from './search/fuzzQueries';
import {percentile} from './search/metrics';
import {openBuiltIndex, quietly} from './search/openBuiltIndex';

async function main(): Promise<void> {
  const {values} = parseArgs({options: {count: {type: 'string', default: '10000'}, 'site-dir': {type: 'string', default: 'build'}}});
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number, not "${values.count}"`);
  const opened = await openBuiltIndex(path.resolve(values['site-dir']));
  const queries = fuzzQueries(count);
  const random = seededRandom(7);
  const embedded = await quietly(() => opened.embedder.embed(queries.filter((_, i) => i % 100 === 0).map(capQuery)));
  const times: number[] = [];
  let results = 0;
  let empty = 0;
  const longest = Math.max(...queries.map((q) => q.length));
  for (const [i, query] of queries.entries()) {
    const queryVector = i % 100 === 0 ? embedded[i / 100] : randomUnitVector(opened.manifest.dimension, random);
    const start = performance.now();
    const found = search(opened.index, query, {queryVector});
    times.push(performance.now() - start);
    results += found.length;
    if (found.length === 0) empty += 1;
  }
  const f = (ms: number) => ms.toFixed(2);
  process.stdout.write(
    [
      `Fuzz: ${count} generated queries (longest ${longest.toLocaleString('en')} characters) through search() on ${opened.manifest.count} chunks: 0 threw.`,
      `Time per query: p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, p99 ${f(percentile(times, 99))} ms, max ${f(Math.max(...times))} ms.`,
      `${empty} queries had no results; ${(results / count).toFixed(1)} results per query on average.`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
