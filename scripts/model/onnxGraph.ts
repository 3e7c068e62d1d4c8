/**
 * Serialises the static-embedding graph as ONNX (opset 13, IR 7: well inside what
 * onnxruntime 1.14, used by @xenova/transformers 2.17, supports).
 *
 * Inputs are exactly what the tokenizer feeds: input_ids and attention_mask (int64
 * [batch, seq]); transformers.js only passes tensors whose names the session
 * declares, so no token_type_ids input is needed. Output last_hidden_state is
 * float32 [batch, seq, dim].
 *
 * Quantised graph: Gather the int8 rows first, then dequantise only those rows
 * (Cast * per-row scale). ONNX DequantizeLinear can't apply a per-row scale after
 * the Gather, and dequantising the whole table before it would materialise a
 * vocab x dim float copy on every call. The mask multiply zeroes padded positions.
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
type IModelProto = onnxProto.onnx.IModelProto;
type INodeProto = onnxProto.onnx.INodeProto;
type ITensorProto = onnxProto.onnx.ITensorProto;
type IValueInfoProto = onnxProto.onnx.IValueInfoProto;

const DT = onnx.TensorProto.DataType;
const OPSET = 13;
const IR_VERSION = 7;

export interface GraphTable {
  rows: number;
  dim: number;
  /** Float rows (model.onnx) or int8 rows + per-row scales (model_quantized.onnx). */
  data: { kind: 'float32'; values: Float32Array } | { kind: 'int8'; values: Int8Array; scales: Float32Array };
}

export interface GraphMeta {
  producerVersion: string;
  docString: string;
}

export function buildEmbeddingGraph(table: GraphTable, meta: GraphMeta): Uint8Array {
  const { rows, dim, data } = table;
  const initializers: ITensorProto[] = [
    tensor('unsqueeze_axes', DT.INT64, [1], bytesOfBigInt64([2n])),
  ];
  const nodes: INodeProto[] = [
    node('Cast', ['attention_mask'], ['mask_f'], 'mask_to_float', [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: DT.FLOAT }]),
  ];
  if (data.kind === 'float32') {
    initializers.push(tensor('embeddings', DT.FLOAT, [rows, dim], bytesOf(data.values)));
    nodes.push(
      node('Gather', ['embeddings', 'input_ids'], ['token_vectors'], 'lookup'),
      node('Unsqueeze', ['mask_f', 'unsqueeze_axes'], ['mask_3d'], 'mask_unsqueeze'),
      node('Mul', ['token_vectors', 'mask_3d'], ['last_hidden_state'], 'apply_mask'),
    );
  } else {
    initializers.push(
      tensor('embeddings_int8', DT.INT8, [rows, dim], bytesOf(data.values)),
      tensor('row_scales', DT.FLOAT, [rows], bytesOf(data.scales)),
    );
    nodes.push(
      node('Gather', ['embeddings_int8', 'input_ids'], ['token_q'], 'lookup_int8'),
      node('Cast', ['token_q'], ['token_qf'], 'int8_to_float', [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: DT.FLOAT }]),
      node('Gather', ['row_scales', 'input_ids'], ['token_scales'], 'lookup_scale'),
      // Fold the mask into the scale: one [batch, seq] multiply instead of [batch, seq, dim].
      node('Mul', ['token_scales', 'mask_f'], ['masked_scales'], 'mask_scales'),
      node('Unsqueeze', ['masked_scales', 'unsqueeze_axes'], ['scales_3d'], 'scales_unsqueeze'),
      node('Mul', ['token_qf', 'scales_3d'], ['last_hidden_state'], 'dequantize'),
    );
  }
  const model: IModelProto = {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'ccic-kb scripts/model',
    producerVersion: meta.producerVersion,
    docString: meta.docString,
    graph: {
      name: 'static_word_embeddings',
      node: nodes,
      initializer: initializers,
      input: [valueInfo('input_ids', DT.INT64, ['batch', 'sequence']), valueInfo('attention_mask', DT.INT64, ['batch', 'sequence'])],
      output: [valueInfo('last_hidden_state', DT.FLOAT, ['batch', 'sequence', dim])],
    },
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

function node(opType: string, input: string[], output: string[], name: string, attribute: onnxProto.onnx.IAttributeProto[] = []): INodeProto {
  return { opType, input, output, name, attribute };
}

function tensor(name: string, dataType: number, dims: number[], rawData: Uint8Array): ITensorProto {
  return { name, dataType, dims, rawData };
}

function valueInfo(name: string, elemType: number, shape: Array<string | number>): IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

/** ONNX raw_data is little-endian; typed arrays are too on every platform Node runs on, but be explicit. */
function bytesOf(values: Float32Array | Int8Array): Uint8Array {
  if (values instanceof Int8Array) return new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((x, i) => view.setFloat32(i * 4, x, true));
  return out;
}

function bytesOfBigInt64(values: bigint[]): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  values.forEach((x, i) => view.setBigInt64(i * 8, x, true));
  return out;
}
