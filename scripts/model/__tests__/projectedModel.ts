/**
 * Test models in ONNX bytes: `testGraph` writes any small graph; `writeProjectedModel` writes the
 * tiny model's tokenizer with a lookup followed by a MatMul, a stand-in for a transformer (a graph
 * that is not a static lookup, so it must take the onnxruntime pipeline).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { buildStaticModel, writeModelDir } from '../buildStaticModel';
import { tinySource, TINY_DIM } from './tinySource';

const { onnx } = onnxProto;
const DT = onnx.TensorProto.DataType;

/** Nodes as [op, inputs, outputs], float initializers as [name, dims, values]; output dim 2. */
export function testGraph(nodes: Array<[string, string[], string[]]>, initializers: Array<[string, number[], number[]]>): Uint8Array {
  return onnx.ModelProto.encode(
    onnx.ModelProto.create({
      irVersion: 7,
      opsetImport: [{ domain: '', version: 13 }],
      graph: {
        name: 'test',
        node: nodes.map(([opType, input, output], i) => ({ opType, input, output, name: `n${i}` })),
        initializer: initializers.map(([name, dims, values]) => ({ name, dims, dataType: DT.FLOAT, floatData: values })),
        input: ['input_ids', 'attention_mask'].map((name) => ({ name, type: { tensorType: { elemType: DT.INT64, shape: { dim: [{ dimParam: 'b' }, { dimParam: 's' }] } } } })),
        output: [{ name: 'last_hidden_state', type: { tensorType: { elemType: DT.FLOAT, shape: { dim: [{ dimParam: 'b' }, { dimParam: 's' }, { dimValue: 2 }] } } } }],
      },
    }),
  ).finish();
}

/** Deterministic values in [-0.5, 0.5]. */
export function testTable(rows: number, dim: number): number[] {
  return Array.from({ length: rows * dim }, (_, i) => ((i * 7) % 11) / 10 - 0.5);
}

export async function writeProjectedModel(dir: string, name: string): Promise<void> {
  await writeModelDir(dir, buildStaticModel(tinySource(), { name, frequentWords: 12, domainWords: [], sifA: 0.05, includeFloat: false }).files);
  const projection = Array.from({ length: TINY_DIM * 2 }, (_, i) => (i % 3) - 1);
  await writeFile(
    path.join(dir, 'onnx/model_quantized.onnx'),
    testGraph([['Gather', ['emb', 'input_ids'], ['x']], ['MatMul', ['x', 'w'], ['last_hidden_state']]], [['emb', [14, TINY_DIM], testTable(14, TINY_DIM)], ['w', [TINY_DIM, 2], projection]]),
  );
}
