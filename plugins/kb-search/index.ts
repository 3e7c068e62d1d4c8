import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {createEmbedder} from '../../src/shared/embedder';
import {MANIFEST_FILE} from '../../src/shared/search/indexFiles';
import type {IndexManifest} from '../../src/shared/search/types';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {writeGeneratedFiles} from '../kb-content/writeGeneratedFiles';
import {buildSearchIndex} from './buildSearchIndex';
import {chunkContent, embeddingText} from './chunkContent';
import {embedWithCache} from './embedChunks';
import {EmbeddingCache} from './embeddingCache';
import {DEFAULT_SEARCH_OPTIONS, type SearchPluginOptions} from './options';
import {copyIfChanged, copyTree, ORT_WASM_FILES, removeStale, removeStaleDirs} from './publicFiles';
import {openSearchDescription} from './openSearch';
import {similarPrecedents} from './similarPrecedents';
import {loadThesaurus, THESAURUS_FILE} from './thesaurus';
import {DEFAULT_RANKING} from '../../src/shared/search/ranking';

export {validateOptions} from './options';

/** Where the similar-precedent lists go for the record pages (not public: read at compile time). */
export const SIMILAR_PRECEDENTS_FILE = '.generated/similar-precedents.json';

/** `ccic-glove-100d@fc4f9cbc342ed64a` → `fc4f9cbc342ed64a`: the folder the model is served from. */
function modelVersion(modelId: string): string {
  return modelId.split('@')[1] ?? 'remote';
}

function transformersVersion(): string {
  return (require('@xenova/transformers/package.json') as {version: string}).version;
}

export interface SearchContent {
  manifest: IndexManifest;
}

/**
 * Builds the search index from our own parse of the content (not the built HTML) in
 * loadContent, so it exists under `npm start` as well as `npm run build`: chunks, cached
 * embeddings, a lunr index, an int8 vector index, and the files the browser needs to embed
 * queries (the model and onnxruntime's wasm), all served from the site.
 */
export default function kbSearchPlugin(context: LoadContext, options: Partial<SearchPluginOptions>): Plugin<SearchContent> {
  const settings = {...DEFAULT_SEARCH_OPTIONS, ...options};
  const resolve = (p: string) => path.resolve(context.siteDir, p);
  const staticDir = resolve(settings.generatedStaticDir);
  const modelsDir = resolve(settings.modelsDir);

  return {
    name: 'kb-search',

    async loadContent() {
      const started = Date.now();
      const {kb, snapshots} = loadKnowledgeBase(resolve(settings.contentDir));
      const chunks = chunkContent(kb, snapshots);
      // Validated before anything is embedded or written: a bad thesaurus leaves no output.
      const thesaurus = loadThesaurus(
        resolve(path.join(settings.contentDir, THESAURUS_FILE)),
        kb.glossary.map((t) => ({term: t.term, aliases: t.aliases, file: t.origin.file})),
        chunks.map((chunk) => `${chunk.title}\n${chunk.keywords.join(' ')}\n${chunk.text}`),
      );
      const embedder = await createEmbedder({
        model: settings.model,
        localModelPath: `${modelsDir}${path.sep}`,
        allowRemoteModels: settings.allowRemoteModels,
        quantized: settings.quantized,
        pooling: settings.pooling,
        normalize: settings.normalize,
      });
      const cache = new EmbeddingCache(resolve(settings.cacheDir), embedder.modelId);
      let lastReport = 0;
      const {vectors, report} = await embedWithCache(chunks.map(embeddingText), embedder, cache, (done, total) => {
        if (Date.now() - lastReport > 2000 || done === total) {
          lastReport = Date.now();
          logger.info(`[kb-search] embedding ${done}/${total} chunks`);
        }
      });
      const built = buildSearchIndex(
        chunks,
        vectors,
        kb.controls.map(({slug, title, keys, aliases}) => ({slug, title, keys, aliases})),
        {
          modelId: embedder.modelId,
          dimension: embedder.dimension,
          name: settings.model,
          path: `/models/${modelVersion(embedder.modelId)}/`,
          quantized: settings.quantized,
          pooling: settings.pooling,
          normalize: settings.normalize,
        },
        `/ort/${transformersVersion()}/`,
        {...DEFAULT_RANKING, vectorWeight: settings.vectorWeight, minCosine: settings.minCosine},
        thesaurus,
      );
      const searchDir = path.join(staticDir, path.dirname(MANIFEST_FILE));
      writeGeneratedFiles(searchDir, built.files);
      writeGeneratedFiles(staticDir, {[MANIFEST_FILE]: JSON.stringify(built.manifest, null, 2)});
      removeStale(searchDir, new Set(Object.keys(built.files)));
      writeGeneratedFiles(staticDir, {'opensearch.xml': openSearchDescription(context.siteConfig.url, context.siteConfig.title)});
      writeGeneratedFiles(context.siteDir, {[SIMILAR_PRECEDENTS_FILE]: JSON.stringify(similarPrecedents(chunks, vectors), null, 2)});
      // Versioned folders: the browser may cache the model and wasm for ever, and a rebuilt
      // model is never served stale.
      const localModel = path.join(modelsDir, settings.model);
      if (fs.existsSync(localModel)) {
        copyTree(localModel, path.join(staticDir, built.manifest.model.path, settings.model));
        removeStaleDirs(path.join(staticDir, 'models'), modelVersion(embedder.modelId));
      }
      const ortDist = path.dirname(require.resolve('@xenova/transformers/dist/transformers.js'));
      for (const file of ORT_WASM_FILES) copyIfChanged(path.join(ortDist, file), path.join(staticDir, built.manifest.wasmPath, file));
      logger.info(
        `[kb-search] ${report.total} chunks indexed with ${embedder.modelId}: embedded ${report.embedded}, ${report.cached} from cache (${Date.now() - started} ms)`,
      );
      return {manifest: built.manifest};
    },

    async contentLoaded({content, actions}) {
      actions.setGlobalData({manifest: content.manifest});
    },

    getClientModules() {
      return [path.resolve(__dirname, '../../src/search/highlightOnLanding.ts')];
    },

    // Record pages embed the similar-precedent lists, which depend on the model too. In the
    // browser bundle, transformers.js's Node-only imports are stubbed out (the worker uses
    // fetch and onnxruntime-web).
    configureWebpack(config) {
      if (config.cache && typeof config.cache === 'object' && 'version' in config.cache) {
        const similar = resolve(SIMILAR_PRECEDENTS_FILE);
        const stamp = fs.existsSync(similar) ? crypto.createHash('sha256').update(fs.readFileSync(similar)).digest('hex').slice(0, 16) : 'none';
        config.cache.version = `${config.cache.version ?? ''}-similar-${stamp}`;
      }
      return {
        resolve: {
          fallback: {fs: false, path: false, url: false, crypto: false},
          alias: {'sharp$': false, 'onnxruntime-node$': false},
        },
        // The embedder's Node-only file reader is a deliberate runtime import that bundlers skip.
        ignoreWarnings: [{module: /src[\\/]shared[\\/]embedder\.ts/, message: /Critical dependency/}],
      };
    },
  };
}
