/**
 * Reads the parts of an ONNX model file that decide whether it is a static lookup model: the
 * graph's nodes, inputs, outputs and initializers. A few dozen lines of protobuf decoding, so
 * the browser needs neither onnxruntime nor a protobuf library to read the default model.
 * Field numbers are those of onnx.proto (ModelProto.graph = 7, GraphProto.node = 1, ...).
 */

export interface OnnxNode {
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Integer and integer-list attributes (the only kinds the supported ops use). */
  ints: Record<string, number[]>;
}

export interface OnnxTensor {
  name: string;
  dims: number[];
  dataType: number;
  /** Values in their own typed array (int64 widened to float64). */
  values: NumericArray;
}

export type NumericArray = Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Int32Array;

export interface OnnxGraph {
  nodes: OnnxNode[];
  initializers: Map<string, OnnxTensor>;
  inputs: string[];
  outputs: string[];
  opsetVersion: number;
}

/** onnx.TensorProto.DataType values this reader decodes. */
export const ONNX_TYPE = {FLOAT: 1, UINT8: 2, INT8: 3, INT16: 5, INT32: 6, INT64: 7, DOUBLE: 11} as const;

export function readOnnxModel(bytes: Uint8Array): OnnxGraph {
  let graph: OnnxGraph | undefined;
  let opsetVersion = 0;
  for (const field of fields(bytes)) {
    if (field.no === 7 && field.bytes) graph = readGraph(field.bytes);
    if (field.no === 8 && field.bytes) {
      let domain = '';
      let version = 0;
      for (const f of fields(field.bytes)) {
        if (f.no === 1 && f.bytes) domain = text(f.bytes);
        if (f.no === 2) version = f.value;
      }
      if (domain === '' || domain === 'ai.onnx') opsetVersion = version;
    }
  }
  if (!graph) throw new Error('not an ONNX model: no graph found');
  return {...graph, opsetVersion};
}

function readGraph(bytes: Uint8Array): OnnxGraph {
  const graph: OnnxGraph = {nodes: [], initializers: new Map(), inputs: [], outputs: [], opsetVersion: 0};
  for (const field of fields(bytes)) {
    if (!field.bytes) continue;
    if (field.no === 1) graph.nodes.push(readNode(field.bytes));
    else if (field.no === 5) {
      const tensor = readTensor(field.bytes);
      graph.initializers.set(tensor.name, tensor);
    } else if (field.no === 11 || field.no === 12) {
      const name = [...fields(field.bytes)].find((f) => f.no === 1 && f.bytes);
      (field.no === 11 ? graph.inputs : graph.outputs).push(name?.bytes ? text(name.bytes) : '');
    }
  }
  // Older exporters list initializers among the inputs too; they are not fed by the caller.
  graph.inputs = graph.inputs.filter((name) => !graph.initializers.has(name));
  return graph;
}

function readNode(bytes: Uint8Array): OnnxNode {
  const node: OnnxNode = {opType: '', domain: '', inputs: [], outputs: [], ints: {}};
  for (const field of fields(bytes)) {
    if (!field.bytes) continue;
    if (field.no === 1) node.inputs.push(text(field.bytes));
    else if (field.no === 2) node.outputs.push(text(field.bytes));
    else if (field.no === 4) node.opType = text(field.bytes);
    else if (field.no === 7) node.domain = text(field.bytes);
    else if (field.no === 5) {
      let name = '';
      const ints: number[] = [];
      for (const f of fields(field.bytes)) {
        if (f.no === 1 && f.bytes) name = text(f.bytes);
        else if (f.no === 3 && !f.bytes) ints.push(f.value);
        else if (f.no === 8) ints.push(...(f.bytes ? packedVarints(f.bytes) : [f.value]));
      }
      node.ints[name] = ints;
    }
  }
  return node;
}

function readTensor(bytes: Uint8Array): OnnxTensor {
  let name = '';
  let dataType = 0;
  const dims: number[] = [];
  let raw: Uint8Array | undefined;
  const listed: number[] = [];
  for (const field of fields(bytes)) {
    if (field.no === 1) dims.push(...(field.bytes ? packedVarints(field.bytes) : [field.value]));
    else if (field.no === 2) dataType = field.value;
    else if (field.no === 8 && field.bytes) name = text(field.bytes);
    else if (field.no === 9 && field.bytes) raw = field.bytes;
    else if (field.no === 4 && field.bytes) listed.push(...packedFloats(field.bytes));
    else if (field.no === 4) listed.push(field.float);
    else if ((field.no === 5 || field.no === 7) && field.bytes) listed.push(...packedVarints(field.bytes));
    else if (field.no === 5 || field.no === 7) listed.push(field.value);
  }
  const count = dims.reduce((a, b) => a * b, 1);
  const values = raw ? decodeRaw(raw, dataType, count, name) : dataType === ONNX_TYPE.FLOAT ? Float32Array.from(listed) : Float64Array.from(listed);
  if (values.length !== count) throw new Error(`ONNX initializer ${name}: ${values.length} values for shape [${dims.join(', ')}]`);
  return {name, dims, dataType, values};
}

function decodeRaw(raw: Uint8Array, dataType: number, count: number, name: string): NumericArray {
  const arrays: Record<number, {BYTES_PER_ELEMENT: number; new (buffer: ArrayBuffer): NumericArray}> = {
    [ONNX_TYPE.FLOAT]: Float32Array,
    [ONNX_TYPE.DOUBLE]: Float64Array,
    [ONNX_TYPE.INT8]: Int8Array,
    [ONNX_TYPE.UINT8]: Uint8Array,
    [ONNX_TYPE.INT16]: Int16Array,
    [ONNX_TYPE.INT32]: Int32Array,
  };
  if (dataType === ONNX_TYPE.INT64) {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    if (raw.byteLength !== count * 8) throw new Error(`ONNX initializer ${name}: ${raw.byteLength} bytes for ${count} values`);
    return Float64Array.from({length: count}, (_, i) => Number(view.getBigInt64(i * 8, true)));
  }
  const Type = arrays[dataType];
  if (!Type) throw new Error(`ONNX initializer ${name}: unsupported data type ${dataType}`);
  if (raw.byteLength !== count * Type.BYTES_PER_ELEMENT) throw new Error(`ONNX initializer ${name}: ${raw.byteLength} bytes for ${count} values`);
  // ONNX raw data is little-endian, as are the typed arrays of every platform this runs on.
  // The copy also aligns the data, which a view into the file need not be.
  return new Type(raw.slice().buffer);
}

interface Field {
  no: number;
  /** Varint value (wire type 0) or the 32/64-bit value's integer reading. */
  value: number;
  /** Fixed 32-bit field read as a float. */
  float: number;
  /** Length-delimited payload (wire type 2). */
  bytes?: Uint8Array;
}

function* fields(bytes: Uint8Array): Generator<Field> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const varint = (): number => {
    const start = pos;
    while (pos < bytes.length && bytes[pos]! >= 0x80) pos++;
    if (pos >= bytes.length) throw new Error('truncated ONNX file');
    pos++;
    return decodeVarint(bytes, start, pos);
  };
  while (pos < bytes.length) {
    const key = varint();
    const no = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) yield {no, value: varint(), float: 0};
    else if (wire === 1) {
      const value = Number(view.getBigUint64(pos, true));
      pos += 8;
      yield {no, value, float: 0};
    } else if (wire === 2) {
      const length = varint();
      if (pos + length > bytes.length) throw new Error('truncated ONNX file');
      yield {no, value: 0, float: 0, bytes: bytes.subarray(pos, pos + length)};
      pos += length;
    } else if (wire === 5) {
      const value = view.getUint32(pos, true);
      const float = view.getFloat32(pos, true);
      pos += 4;
      yield {no, value, float};
    } else throw new Error(`unsupported protobuf wire type ${wire} in ONNX file`);
  }
}

/** Varints are int64 on the wire, negatives as two's complement: BigInt keeps them exact. */
function decodeVarint(bytes: Uint8Array, start: number, end: number): number {
  if (end - start <= 7) {
    let result = 0;
    for (let i = end - 1; i >= start; i--) result = result * 128 + (bytes[i]! & 0x7f);
    return result;
  }
  let result = 0n;
  for (let i = end - 1; i >= start; i--) result = (result << 7n) | BigInt(bytes[i]! & 0x7f);
  return Number(BigInt.asIntN(64, result));
}

function packedVarints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) {
      out.push(decodeVarint(bytes, start, i + 1));
      start = i + 1;
    }
  }
  return out;
}

function packedFloats(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({length: bytes.byteLength / 4}, (_, i) => view.getFloat32(i * 4, true));
}

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
