import fs from 'node:fs';
import path from 'node:path';
import {createEmbedder, type Embedder} from '../../src/shared/embedder';
import {loadSearchIndex, MANIFEST_FILE} from '../../src/shared/search/indexFiles';
import type {SearchIndex} from '../../src/shared/search/ranking';
import type {IndexManifest} from '../../src/shared/search/types';

export class MissingIndexError extends Error {}

/**
 * Opens the index a site build wrote, and the same model the browser will use to embed
 * queries (the copy served with the site), so CLI and browser rank identically.
 */
export async function openBuiltIndex(siteDir: string): Promise<{index: SearchIndex; embedder: Embedder; manifest: IndexManifest}> {
  const manifestPath = path.join(siteDir, MANIFEST_FILE);
  if (!fs.existsSync(manifestPath)) {
    throw new MissingIndexError(`No search index at ${manifestPath}.\nBuild the site first: npm run build (or pass --site-dir with a built site).`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as IndexManifest;
  const searchDir = path.dirname(manifestPath);
  const index = await loadSearchIndex(manifest, async (name) => fs.readFileSync(path.join(searchDir, name)));
  const modelsDir = path.join(siteDir, manifest.model.path.replace(/^\//, ''));
  const embedder = await quietly(() =>
    createEmbedder({model: manifest.model.name, localModelPath: `${modelsDir}${path.sep}`, quantized: manifest.model.quantized, pooling: manifest.model.pooling, normalize: manifest.model.normalize}),
  );
  if (embedder.modelId !== manifest.modelId) {
    throw new Error(`The model in ${modelsDir} (${embedder.modelId}) is not the one the index was built with (${manifest.modelId}); rebuild the site.`);
  }
  return {index, embedder, manifest};
}

/** Keeps library chatter off stdout, which belongs to the results (`--json` must stay pure). */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  const info = console.info;
  console.log = (...args: unknown[]) => console.error(...args);
  console.info = console.log;
  try {
    return await work();
  } finally {
    console.log = log;
    console.info = info;
  }
}
