import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../../plugins/kb-content/loadKnowledgeBase';
import { chunkContent, embeddingText } from '../../../plugins/kb-search/chunkContent';
import { createEmbedder, DEFAULT_MODEL, type Embedder } from '../embedder';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

/** Texts from the content as the index and the search box see them: whole chunks, titles, sentences. */
function contentTexts(): string[] {
  const chunks = chunkContent(loadKnowledgeBase(CONTENT).kb);
  const sentences = chunks.flatMap((c) => c.text.split(/(?<=[.!?])\s+/)).filter((s) => s.trim().length > 0);
  const all = [...new Set([...chunks.map(embeddingText), ...chunks.map((c) => c.title), ...sentences])];
  // An even sample of 1,200 keeps the (slow) pipeline side of the test to a few seconds.
  const step = Math.max(1, Math.floor(all.length / 1200));
  return all.filter((_, i) => i % step === 0);
}

describe('static fast path and onnxruntime pipeline agree on the default model', () => {
  let texts: string[];
  let fast: Embedder;
  let pipeline: Embedder;
  beforeAll(async () => {
    texts = contentTexts();
    fast = await createEmbedder({ model: DEFAULT_MODEL, localModelPath: MODELS });
    pipeline = await createEmbedder({ model: DEFAULT_MODEL, localModelPath: MODELS }, { engine: 'onnxruntime' });
  }, 120_000);

  it('picks the static engine for the default model by inspecting its graph', () => {
    expect(fast.engine).toBe('static');
    expect(pipeline.engine).toBe('onnxruntime');
    expect(fast.modelId).toBe(pipeline.modelId);
  });

  it('cosine ≥ 0.9999 on every one of at least 1,000 texts from the content', async () => {
    expect(texts.length).toBeGreaterThanOrEqual(1000);
    const [a, b] = [await fast.embed(texts), await pipeline.embed(texts)];
    let worst = 1;
    let worstText = '';
    a.forEach((v, i) => {
      const w = b[i]!;
      const dot = v.reduce((s, x, j) => s + x * w[j]!, 0);
      const norms = Math.hypot(...v) * Math.hypot(...w);
      // Both zero (no known word) counts as agreement; one zero and not the other does not.
      const cosine = norms === 0 ? (Math.hypot(...v) === Math.hypot(...w) ? 1 : 0) : dot / norms;
      if (cosine < worst) [worst, worstText] = [cosine, texts[i]!];
    });
    expect(worst, `worst text: ${worstText.slice(0, 80)}`).toBeGreaterThanOrEqual(0.9999);
  }, 120_000);
});
