import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {createEmbedder} from '../../../src/shared/embedder';
import {loadSearchIndex, MANIFEST_FILE} from '../../../src/shared/search/indexFiles';
import {search} from '../../../src/shared/search/ranking';
import type {IndexManifest} from '../../../src/shared/search/types';
import {buildStaticModel, writeModelDir} from '../../../scripts/model/buildStaticModel';
import {tinySource} from '../../../scripts/model/__tests__/tinySource';
import {writeProjectedModel} from '../../../scripts/model/__tests__/projectedModel';
import {loadKnowledgeBaseUncached} from '../../kb-content/loadKnowledgeBase';
import {fixtureWith, FIXTURE_SITE} from '../../kb-content/__tests__/fixtureSite';
import {chunkContent, embeddingText} from '../chunkContent';
import {embedWithCache} from '../embedChunks';
import {EmbeddingCache} from '../embeddingCache';
import kbSearchPlugin from '..';

const MODELS = path.resolve(__dirname, '../../../models');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-search-'));

describe('chunking', () => {
  it('makes a chunk per section, recommendation, entry, precedent and term, with URLs and facets', () => {
    const chunks = chunkContent(loadKnowledgeBaseUncached(FIXTURE_SITE).kb);
    expect(chunks.map((c) => c.id)).toEqual([
      'section:end-use-controls#checking-end-users',
      'recommendation:R5.1',
      'recommendation:R5.2',
      'control:eu-cyber-surveillance-catch-all',
      'control:intrusion-platform-technology',
      'control:intrusion-software-systems',
      'control:intrusion-software-technology',
      'precedent:it-2016-fixture-revocation',
      'term:intrusion-software',
    ]);
    const recommendation = chunks.find((c) => c.id === 'recommendation:R5.1')!;
    expect(recommendation).toMatchObject({url: '/guide/end-use-controls#r5-1', chapter: 5, audience: ['licensing-officer'], keywords: ['R5.1']});
    expect(chunks.find((c) => c.id === 'control:intrusion-software-systems')!.keywords).toEqual(expect.arrayContaining(['4A005', '4.A.5', '4A5', 'ECCN 4A005']));
    expect(chunks.find((c) => c.type === 'precedent')).toMatchObject({year: 2016, jurisdiction: ['Italy']});
  });
});

describe('embedding cache', () => {
  it('embeds nothing on an unchanged rebuild, and only the changed chunk after an edit', async () => {
    const embedder = await createEmbedder({model: 'ccic-glove-100d', localModelPath: `${MODELS}/`});
    const cacheDir = tmp();
    const run = async (site: string) => {
      const texts = chunkContent(loadKnowledgeBaseUncached(site).kb).map(embeddingText);
      return (await embedWithCache(texts, embedder, new EmbeddingCache(cacheDir, embedder.modelId))).report;
    };
    const first = await run(FIXTURE_SITE);
    expect(first).toMatchObject({embedded: first.total, cached: 0});
    expect(await run(FIXTURE_SITE)).toMatchObject({embedded: 0, cached: first.total});
    const edited = fixtureWith({'guide/5-end-use-controls.md': (text) => text.replace('Verify the end user.', 'Verify the end user in person.')});
    expect(await run(edited)).toMatchObject({embedded: 1, cached: first.total - 1});
  });

  it('starts afresh for another model', async () => {
    const cacheDir = tmp();
    const a = new EmbeddingCache(cacheDir, 'model-a@1');
    a.set('text', new Float32Array([1, 2]));
    a.save(['text']);
    expect(new EmbeddingCache(cacheDir, 'model-a@1').get('text')).toEqual(new Float32Array([1, 2]));
    expect(new EmbeddingCache(cacheDir, 'model-b@1').get('text')).toBeUndefined();
  });
});

describe('another model by configuration alone', () => {
  it('builds and searches the index with a generated 8-dimension model of another vocabulary', async () => {
    const site = fixtureWith({
      'glossary/kitten.md': () => '---\nterm: kitten\naliases: []\nshort: A young cat.\nsources:\n  - {title: "Fixture", url: "https://example.org/k"}\n---\nA kitten is a young cat.\n',
    });
    const model = buildStaticModel(tinySource(), {name: 'tiny-test', frequentWords: 12, domainWords: [], includeFloat: false});
    await writeModelDir(path.join(site, 'models', 'tiny-test'), model.files);
    const context = {siteDir: site, siteConfig: {url: 'http://localhost', title: 'Test site'}} as unknown as LoadContext;
    const plugin = kbSearchPlugin(context, {contentDir: 'content-root', generatedStaticDir: 'static-out', model: 'tiny-test', modelsDir: 'models', cacheDir: '.cache'});
    // The fixture site is the content folder itself.
    fs.symlinkSync(site, path.join(site, 'content-root'));
    const {manifest} = (await plugin.loadContent!()) as {manifest: IndexManifest};
    expect(manifest.dimension).toBe(8);
    expect(manifest.modelId).toMatch(/^tiny-test@[0-9a-f]{16}$/);
    const out = path.join(site, 'static-out');
    expect(JSON.parse(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
    expect(fs.existsSync(path.join(out, manifest.model.path, 'tiny-test', 'tokenizer.json'))).toBe(true);
    // A static lookup graph: run without onnxruntime, so its wasm is not shipped.
    expect(manifest.model.engine).toBe('static');
    expect(fs.existsSync(path.join(out, manifest.wasmPath))).toBe(false);

    const index = await loadSearchIndex(manifest, async (name) => fs.readFileSync(path.join(out, 'search', name)));
    const embedder = await createEmbedder({model: 'tiny-test', localModelPath: `${path.join(out, manifest.model.path)}/`});
    const [query] = await embedder.embed(['cat']);
    const [best] = search(index, 'cat', {queryVector: query, mode: 'vector'});
    expect(best.chunk.id).toBe('term:kitten');
  });

  it('ships onnxruntime\'s wasm for a model that is not a static lookup', async () => {
    const site = fixtureWith({});
    await writeProjectedModel(path.join(site, 'models', 'tiny-projected'), 'tiny-projected');
    const context = {siteDir: site, siteConfig: {url: 'http://localhost', title: 'Test site'}} as unknown as LoadContext;
    const plugin = kbSearchPlugin(context, {contentDir: 'content-root', generatedStaticDir: 'static-out', model: 'tiny-projected', modelsDir: 'models', cacheDir: '.cache'});
    fs.symlinkSync(site, path.join(site, 'content-root'));
    const {manifest} = (await plugin.loadContent!()) as {manifest: IndexManifest};
    expect(manifest.model.engine).toBe('onnxruntime');
    expect(fs.existsSync(path.join(site, 'static-out', manifest.wasmPath, 'ort-wasm-simd.wasm'))).toBe(true);
  });
});
