import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {BUILD_DIR} from './builtSite';

const ROOT = path.resolve(__dirname, '../..');
type Scores = {recall5: number; mrr10: number; ndcg10: number};
type Evaluation = {
  results: Record<'dev' | 'test', Record<string, {n: number; lexical: Scores; vector: Scores; hybrid: Scores}>>;
  invented: {query: string; results: number}[];
};

/**
 * The judged-query evaluation on the built site, as `npm run search:eval -- --json` prints it:
 * a change to ranking, the thesaurus or the model that makes the first answer worse fails here.
 */
function evaluate(): Evaluation {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/evaluate-search.ts'), '--json', '--site-dir', BUILD_DIR], {cwd: ROOT, encoding: 'utf8', timeout: 120_000});
  if (run.status !== 0) throw new Error(`search:eval failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Evaluation;
}

describe('search quality on the judged queries', () => {
  const evaluation = evaluate();

  it('meets the targets on the test split (hybrid MRR@10 at least 0.75, nDCG@10 at least 0.70)', () => {
    const {hybrid} = evaluation.results.test.all;
    expect(hybrid.mrr10).toBeGreaterThanOrEqual(0.75);
    expect(hybrid.ndcg10).toBeGreaterThanOrEqual(0.7);
  });

  it('ranks at least as well hybrid as by keywords or by meaning alone, on both splits', () => {
    for (const split of ['dev', 'test'] as const) {
      const {lexical, vector, hybrid} = evaluation.results[split].all;
      for (const metric of ['mrr10', 'ndcg10'] as const) {
        expect(hybrid[metric], `${split} ${metric} hybrid vs lexical`).toBeGreaterThanOrEqual(lexical[metric]);
        expect(hybrid[metric], `${split} ${metric} hybrid vs vector`).toBeGreaterThanOrEqual(vector[metric]);
      }
    }
  });

  it('returns nothing for queries of invented words', () => {
    expect(evaluation.invented.filter((query) => query.results > 0)).toEqual([]);
  });
});
