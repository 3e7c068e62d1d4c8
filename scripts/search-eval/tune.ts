/**
 * Grid search of the ranking settings on the DEV split only (the test split is never read for
 * tuning): prints the best settings by hybrid MRR@10 + nDCG@10, and how many invented-word
 * queries each leaves with results.
 *
 *   npx tsx scripts/search-eval/tune.ts [--site-dir build]
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {search} from '../../src/shared/search/ranking';
import type {RankingSettings} from '../../src/shared/search/types';
import {capQuery} from '../../src/shared/search/query';
import {INVENTED_QUERIES, loadJudgedQueries} from '../search/judgedQueries';
import {mean, ndcgAt, reciprocalRankAt} from '../search/metrics';
import {openBuiltIndex, quietly} from '../search/openBuiltIndex';

async function main(): Promise<void> {
  const {values} = parseArgs({options: {'site-dir': {type: 'string', default: 'build'}}});
  const dev = loadJudgedQueries().filter((q) => q.split === 'dev');
  const opened = await openBuiltIndex(path.resolve(values['site-dir']));
  const vectors = await quietly(() => opened.embedder.embed(dev.map((q) => capQuery(q.query))));
  const invented = await quietly(() => opened.embedder.embed(INVENTED_QUERIES));
  const rows: {settings: Partial<RankingSettings>; mrr: number; ndcg: number; invented: number}[] = [];
  // A small grid: the machine is shared, and a coarse grid overfits the dev split less.
  for (const vectorWeight of [0.1, 0.2, 0.3, 0.5, 0.8, 1])
    for (const lexicalK of [5, 10, 20, 60])
      for (const term of [0.8, 1])
        for (const minCosine of [0.35, 0.5]) {
          const settings: Partial<RankingSettings> = {vectorWeight, lexicalK, typePriors: {term}, minCosine};
          const ranked = dev.map((q, i) => search(opened.index, q.query, {queryVector: vectors[i], ranking: settings}).map((r) => r.chunk.url));
          rows.push({
            settings,
            mrr: mean(dev.map((q, i) => reciprocalRankAt(10, ranked[i], Object.keys(q.judgments)))),
            ndcg: mean(dev.map((q, i) => ndcgAt(10, ranked[i], q.judgments))),
            invented: INVENTED_QUERIES.filter((query, i) => search(opened.index, query, {queryVector: invented[i], ranking: settings}).length > 0).length,
          });
        }
  rows.sort((a, b) => b.mrr + b.ndcg - (a.mrr + a.ndcg));
  for (const row of rows.slice(0, 15)) process.stdout.write(`MRR ${row.mrr.toFixed(3)} nDCG ${row.ndcg.toFixed(3)} invented-with-results ${row.invented}  ${JSON.stringify(row.settings)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
