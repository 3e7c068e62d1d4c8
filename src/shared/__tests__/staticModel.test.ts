import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStaticModel, writeModelDir } from '../../../scripts/model/buildStaticModel';
import { tinySource } from '../../../scripts/model/__tests__/tinySource';
import { testGraph, testTable, writeProjectedModel } from '../../../scripts/model/__tests__/projectedModel';
import { createEmbedder } from '../embedder';
import { readOnnxModel } from '../onnxReader';
import { loadStaticModel, staticGraphProblem } from '../staticModel';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const graph = testGraph;
const table = testTable;

describe('static graph detection (by graph, not by name)', () => {
  it('reads the default model and finds it static, with the table the builder wrote', async () => {
    const bytes = new Uint8Array(await readFile(path.join(MODELS, 'ccic-glove-100d/onnx/model_quantized.onnx')));
    const parsed = readOnnxModel(bytes);
    expect(parsed.nodes.map((n) => n.opType)).toContain('Gather');
    expect(staticGraphProblem(parsed)).toBeNull();
    const model = loadStaticModel(bytes)!;
    expect(model.dim).toBe(100);
    // Row = int8 values × the row's scale, as the graph computes it.
    const int8 = parsed.initializers.get('embeddings_int8')!.values;
    const scales = parsed.initializers.get('row_scales')!.values;
    const [row] = [model.lookup([1234])];
    for (let i = 0; i < 100; i++) expect(row![i]).toBe(Math.fround(int8[1234 * 100 + i]! * scales[1234]!));
    expect(() => model.lookup([model.rows])).toThrow(/outside/);
  });

  it('rejects graphs that mix positions or use other operators', () => {
    const lookup: Array<[string, string[], string[]]> = [['Gather', ['emb', 'input_ids'], ['x']]];
    const emb: [string, number[], number[]] = ['emb', [5, 2], table(5, 2)];
    expect(staticGraphProblem(readOnnxModel(graph([...lookup, ['Identity', ['x'], ['last_hidden_state']]], [emb])))).toBeNull();
    expect(staticGraphProblem(readOnnxModel(graph([...lookup, ['MatMul', ['x', 'w'], ['last_hidden_state']]], [emb, ['w', [2, 2], [1, 0, 0, 1]]])))).toBe('operator MatMul');
    // A position table added to every sequence: constant, but it varies along the sequence axis.
    expect(staticGraphProblem(readOnnxModel(graph([...lookup, ['Add', ['x', 'pos'], ['last_hidden_state']]], [emb, ['pos', [1, 4, 2], table(4, 2)]])))).toMatch(/sequence axis/);
    // Looking rows up by something other than input_ids (here, the mask).
    expect(staticGraphProblem(readOnnxModel(graph([['Gather', ['emb', 'attention_mask'], ['last_hidden_state']]], [emb])))).toMatch(/not a table lookup/);
  });
});

describe('engines chosen by configuration alone', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'engines-'));
    await writeModelDir(path.join(root, 'tiny-static'), buildStaticModel(tinySource(), { name: 'tiny-static', frequentWords: 12, domainWords: [], sifA: 0.05, includeFloat: false }).files);
    await writeProjectedModel(path.join(root, 'tiny-projected'), 'tiny-projected');
  }, 30_000);

  it('a static graph runs without onnxruntime; the same files forced through the pipeline agree', async () => {
    const fast = await createEmbedder({ model: path.join(root, 'tiny-static') });
    const slow = await createEmbedder({ model: path.join(root, 'tiny-static') }, { engine: 'onnxruntime' });
    expect([fast.engine, slow.engine]).toEqual(['static', 'onnxruntime']);
    expect(fast.modelId).toBe(slow.modelId);
    const texts = ['cat', 'the truck and the bus', 'zebra', 'pear of kitten kitten'];
    const [a, b] = [await fast.embed(texts), await slow.embed(texts)];
    a.forEach((v, i) => v.forEach((x, j) => expect(x).toBeCloseTo(b[i]![j]!, 6)));
  });

  it('a graph with other operators keeps the onnxruntime pipeline', async () => {
    const projected = await createEmbedder({ model: path.join(root, 'tiny-projected') });
    expect(projected.engine).toBe('onnxruntime');
    expect(projected.dimension).toBe(2);
    const [v] = await projected.embed(['cat dog']);
    expect(Math.hypot(...v!)).toBeCloseTo(1, 5);
  });
});
