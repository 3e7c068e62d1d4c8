/**
 * Evaluates search on the committed judged queries (scripts/search-eval/queries.json): recall@5
 * and MRR@10 for lexical-only, vector-only and hybrid ranking, overall and per persona.
 *
 *   npm run build && npm run search:eval [-- --verbose] [-- --json]
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {search, type SearchMode} from '../src/shared/search/ranking';
import {mean, recallAt, reciprocalRankAt} from './search/metrics';
import {MissingIndexError, openBuiltIndex, quietly} from './search/openBuiltIndex';

interface JudgedQuery {
  id: string;
  persona: string;
  query: string;
  relevant: string[];
}

const MODES: SearchMode[] = ['lexical', 'vector', 'hybrid'];

async function main(): Promise<void> {
  const {values} = parseArgs({options: {verbose: {type: 'boolean', default: false}, json: {type: 'boolean', default: false}, 'site-dir': {type: 'string', default: 'build'}}});
  const queries = JSON.parse(fs.readFileSync(path.join(__dirname, 'search-eval', 'queries.json'), 'utf8')) as JudgedQuery[];
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
  const unknown = queries.flatMap((q) => q.relevant.filter((url) => !known.has(url)).map((url) => `${q.id}: ${url}`));
  if (unknown.length) {
    process.stderr.write(`Judged URLs that are not in the index (fix queries.json):\n  ${unknown.join('\n  ')}\n`);
    process.exit(1);
  }
  const vectors = await quietly(() => opened.embedder.embed(queries.map((q) => q.query)));
  const rows: Record<string, Record<SearchMode, {recall5: number; mrr10: number}>> = {};
  const perQuery: {id: string; mode: SearchMode; recall5: number; rr10: number; top: string[]}[] = [];
  for (const mode of MODES) {
    queries.forEach((q, i) => {
      const ranked = search(opened.index, q.query, {queryVector: vectors[i], mode, limit: 10}).map((r) => r.chunk.url);
      perQuery.push({id: q.id, mode, recall5: recallAt(5, ranked, q.relevant), rr10: reciprocalRankAt(10, ranked, q.relevant), top: ranked.slice(0, 5)});
    });
  }
  const groups = ['all', ...new Set(queries.map((q) => q.persona))];
  for (const group of groups) {
    const ids = new Set(queries.filter((q) => group === 'all' || q.persona === group).map((q) => q.id));
    rows[group] = Object.fromEntries(
      MODES.map((mode) => {
        const of = perQuery.filter((p) => p.mode === mode && ids.has(p.id));
        return [mode, {recall5: mean(of.map((p) => p.recall5)), mrr10: mean(of.map((p) => p.rr10))}];
      }),
    ) as Record<SearchMode, {recall5: number; mrr10: number}>;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({queries: queries.length, model: opened.manifest.modelId, results: rows}, null, 2)}\n`);
    return;
  }
  const f = (n: number) => n.toFixed(3);
  const lines = [
    `Search evaluation: ${queries.length} judged queries, model ${opened.manifest.modelId}, ${opened.manifest.count} chunks`,
    '',
    '| queries | lexical R@5 | lexical MRR@10 | vector R@5 | vector MRR@10 | hybrid R@5 | hybrid MRR@10 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...groups.map((g) => {
      const r = rows[g];
      const n = g === 'all' ? queries.length : queries.filter((q) => q.persona === g).length;
      return `| ${g} (${n}) | ${f(r.lexical.recall5)} | ${f(r.lexical.mrr10)} | ${f(r.vector.recall5)} | ${f(r.vector.mrr10)} | ${f(r.hybrid.recall5)} | ${f(r.hybrid.mrr10)} |`;
    }),
  ];
  if (values.verbose) {
    for (const q of queries) {
      const h = perQuery.find((p) => p.id === q.id && p.mode === 'hybrid')!;
      lines.push('', `${q.id} [${q.persona}] "${q.query}" R@5=${f(h.recall5)} RR=${f(h.rr10)}`, `  relevant: ${q.relevant.join(' ')}`, `  got:      ${h.top.join(' ')}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
