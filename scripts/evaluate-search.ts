/**
 * Evaluates search on the committed judged queries (scripts/search-eval/queries.json): R@5,
 * MRR@10 and nDCG@10 (graded) for lexical-only, vector-only and hybrid ranking, on each split
 * (`dev` for tuning, `test` never used for tuning), overall and per persona; and checks that
 * queries of invented words return nothing.
 *
 *   npm run build && npm run search:eval [-- --verbose] [-- --json] [-- --split dev|test]
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {search, type SearchMode} from '../src/shared/search/ranking';
import {INVENTED_QUERIES, loadJudgedQueries, type JudgedQuery, type Split} from './search/judgedQueries';
import {mean, ndcgAt, recallAt, reciprocalRankAt} from './search/metrics';
import {MissingIndexError, openBuiltIndex, quietly} from './search/openBuiltIndex';
import {capQuery} from '../src/shared/search/query';

const MODES: SearchMode[] = ['lexical', 'vector', 'hybrid'];
type Scores = {recall5: number; mrr10: number; ndcg10: number};

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {verbose: {type: 'boolean', default: false}, json: {type: 'boolean', default: false}, split: {type: 'string'}, 'site-dir': {type: 'string', default: 'build'}},
  });
  if (values.split !== undefined && !['dev', 'test'].includes(values.split)) {
    process.stderr.write(`--split must be dev or test, not "${values.split}"\n`);
    process.exit(2);
  }
  const all = loadJudgedQueries();
  const splits: Split[] = values.split ? [values.split as Split] : ['dev', 'test'];
  let opened;
  try {
    opened = await openBuiltIndex(path.resolve(values['site-dir']));
  } catch (error) {
    if (error instanceof MissingIndexError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const known = new Set(opened.index.meta.chunks.map((c) => c.url));
  const unknown = all.flatMap((q) => Object.keys(q.judgments).filter((url) => !known.has(url)).map((url) => `${q.id}: ${url}`));
  if (unknown.length) {
    process.stderr.write(`Judged URLs that are not in the index (fix queries.json):\n  ${unknown.join('\n  ')}\n`);
    process.exit(1);
  }
  const queries = all.filter((q) => splits.includes(q.split));
  const vectors = await quietly(() => opened.embedder.embed(queries.map((q) => capQuery(q.query))));
  const perQuery = new Map<string, Record<SearchMode, Scores & {top: string[]}>>();
  queries.forEach((q, i) => {
    perQuery.set(
      q.id,
      Object.fromEntries(
        MODES.map((mode) => {
          const ranked = search(opened.index, q.query, {queryVector: vectors[i], mode, limit: 10}).map((r) => r.chunk.url);
          const relevant = Object.keys(q.judgments);
          return [mode, {recall5: recallAt(5, ranked, relevant), mrr10: reciprocalRankAt(10, ranked, relevant), ndcg10: ndcgAt(10, ranked, q.judgments), top: ranked.slice(0, 5)}];
        }),
      ) as Record<SearchMode, Scores & {top: string[]}>,
    );
  });
  const summarise = (group: JudgedQuery[]) =>
    Object.fromEntries(
      MODES.map((mode) => {
        const of = group.map((q) => perQuery.get(q.id)![mode]);
        return [mode, {recall5: mean(of.map((s) => s.recall5)), mrr10: mean(of.map((s) => s.mrr10)), ndcg10: mean(of.map((s) => s.ndcg10))}];
      }),
    ) as Record<SearchMode, Scores>;
  const personas = [...new Set(all.map((q) => q.persona))];
  const results = Object.fromEntries(
    splits.map((split) => {
      const inSplit = queries.filter((q) => q.split === split);
      return [split, Object.fromEntries([['all', {n: inSplit.length, ...summarise(inSplit)}], ...personas.map((p) => {
        const group = inSplit.filter((q) => q.persona === p);
        return [p, {n: group.length, ...summarise(group)}];
      })])];
    }),
  ) as Record<Split, Record<string, {n: number} & Record<SearchMode, Scores>>>;
  const [inventedVectors] = [await quietly(() => opened.embedder.embed(INVENTED_QUERIES))];
  const invented = INVENTED_QUERIES.map((query, i) => ({query, results: search(opened.index, query, {queryVector: inventedVectors[i], mode: 'hybrid'}).length}));

  if (values.json) {
    process.stdout.write(`${JSON.stringify({queries: queries.length, model: opened.manifest.modelId, chunks: opened.manifest.count, results, invented}, null, 2)}\n`);
    return;
  }
  const f = (n: number) => n.toFixed(3);
  const lines = [`Search evaluation: ${queries.length} judged queries (${splits.join(' and ')}), model ${opened.manifest.modelId}, ${opened.manifest.count} chunks`];
  for (const split of splits) {
    lines.push(
      '',
      `Split ${split}${split === 'test' ? ' (never used for tuning)' : ' (tuning)'}:`,
      '',
      '| queries | lexical R@5 | MRR@10 | nDCG@10 | vector R@5 | MRR@10 | nDCG@10 | hybrid R@5 | MRR@10 | nDCG@10 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...Object.entries(results[split]).map(([group, r]) => `| ${group} (${r.n}) | ${MODES.map((m) => `${f(r[m].recall5)} | ${f(r[m].mrr10)} | ${f(r[m].ndcg10)}`).join(' | ')} |`),
    );
  }
  lines.push('', `Invented-word queries (hybrid): ${invented.map((i) => `"${i.query}" → ${i.results}`).join(', ')}`);
  if (values.verbose) {
    for (const q of queries) {
      const h = perQuery.get(q.id)!.hybrid;
      lines.push('', `${q.id} [${q.split} ${q.persona}] "${q.query}" RR=${f(h.mrr10)} nDCG=${f(h.ndcg10)}`, `  judged:   ${Object.entries(q.judgments).map(([u, g]) => `${u}=${g}`).join(' ')}`, `  got:      ${h.top.join(' ')}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
