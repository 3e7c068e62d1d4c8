/**
 * Recognises a static lookup model by its graph and computes its token table in plain
 * TypeScript, so the default model needs no onnxruntime.
 *
 * A graph is static when each position's output depends only on that position's token id
 * (and mask): every Gather looks rows of a constant table up by input_ids, and everything else
 * is element-wise arithmetic, casts and unsqueezes that add no position mixing. Attention,
 * convolution, position embeddings or anything else unknown makes it a transformer, which
 * keeps the onnxruntime pipeline. For a static graph, running it on a text's token ids with
 * a full mask gives each token's vector: the model's own weights and arithmetic (int8 rows ×
 * per-row scales in float32), not a second copy kept by hand.
 */
import {ONNX_TYPE, readOnnxModel, type NumericArray, type OnnxGraph, type OnnxNode, type OnnxTensor} from './onnxReader';

const ELEMENTWISE = new Set(['Mul', 'Add', 'Sub', 'Div']);
const SUPPORTED = new Set([...ELEMENTWISE, 'Gather', 'Cast', 'Unsqueeze', 'Identity']);
const FEEDS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

/** Why a graph is not static, or null when it is. */
export function staticGraphProblem(graph: OnnxGraph): string | null {
  if (!graph.inputs.includes('input_ids')) return 'no input_ids input';
  const unknownInput = graph.inputs.find((name) => !FEEDS.has(name));
  if (unknownInput) return `input ${unknownInput} is not a tokenizer output`;
  // Values that vary per position; "ids" marks those derived from input_ids alone.
  const perPosition = new Map<string, {ids: boolean; rank: number}>(graph.inputs.map((name) => [name, {ids: name === 'input_ids', rank: 2}]));
  const constants = new Map<string, number[]>([...graph.initializers].map(([name, t]) => [name, t.dims]));
  for (const node of graph.nodes) {
    if (node.domain !== '' && node.domain !== 'ai.onnx') return `operator ${node.domain}.${node.opType}`;
    if (!SUPPORTED.has(node.opType)) return `operator ${node.opType}`;
    const [a, b] = node.inputs.map((name) => perPosition.get(name));
    const out = node.outputs[0]!;
    if (node.opType === 'Gather') {
      const data = constants.get(node.inputs[0]!);
      if (!data || !b?.ids || (node.ints.axis?.[0] ?? 0) !== 0) return 'a Gather that is not a table lookup by input_ids';
      perPosition.set(out, {ids: false, rank: b.rank + data.length - 1});
    } else if (node.opType === 'Unsqueeze') {
      const axes = node.ints.axes ?? constantValues(graph, node.inputs[1]);
      if (!axes) return 'Unsqueeze without constant axes';
      if (!a) constants.set(out, []);
      else {
        const rank = a.rank + axes.length;
        if (axes.some((axis) => (axis < 0 ? axis + rank : axis) < 2)) return 'an Unsqueeze before the sequence axis';
        perPosition.set(out, {ids: false, rank});
      }
    } else if (ELEMENTWISE.has(node.opType)) {
      const varying = [a, b].filter((x) => x !== undefined);
      if (varying.length === 0) constants.set(out, []);
      else {
        const rank = Math.max(...varying.map((x) => x.rank));
        // A constant operand may only broadcast over trailing (feature) axes, never vary by position.
        const constant = node.inputs.map((name) => constants.get(name)).find((dims) => dims !== undefined);
        if (constant && constant.length > rank - 2) return `${node.opType} with a constant that spans the sequence axis`;
        perPosition.set(out, {ids: false, rank});
      }
    } else {
      // Cast, Identity
      if (a) perPosition.set(out, {...a});
      else constants.set(out, constants.get(node.inputs[0]!) ?? []);
    }
  }
  const output = graph.outputs[0];
  const result = output === undefined ? undefined : perPosition.get(output);
  if (!result || result.rank !== 3) return 'the first output is not a [batch, sequence, dim] value';
  return null;
}

/** A static lookup model: each token's vector, computed by running its graph on those tokens. */
export interface StaticLookupModel {
  /** Number of token ids the tables cover. */
  rows: number;
  dim: number;
  /** Row-major float32, one row per id: the model's output for that token at a real (mask 1) position. */
  lookup(ids: ArrayLike<number>): Float32Array;
}

/** Reads an ONNX file; a static lookup model if its graph is one, otherwise null. */
export function loadStaticModel(onnxBytes: Uint8Array): StaticLookupModel | null {
  const graph = readOnnxModel(onnxBytes);
  if (staticGraphProblem(graph) !== null) return null;
  const rows = Math.min(...graph.nodes.filter((n) => n.opType === 'Gather').map((n) => graph.initializers.get(n.inputs[0]!)!.dims[0]!));
  const run = (ids: number[]): Float32Array => {
    const n = ids.length;
    const out = runGraph(graph, {
      input_ids: {dims: [1, n], data: Float64Array.from(ids)},
      attention_mask: {dims: [1, n], data: new Float64Array(n).fill(1)},
      token_type_ids: {dims: [1, n], data: new Float64Array(n)},
    });
    return out.data instanceof Float32Array ? out.data : Float32Array.from(out.data);
  };
  const dim = run([0]).length;
  // Each token's row is computed once, when first seen, and kept: a position's output depends
  // on its token alone, which is what makes the model static.
  const table = new Float32Array(rows * dim);
  const known = new Uint8Array(rows);
  const lookup = (ids: ArrayLike<number>): Float32Array => {
    const missing = new Set<number>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (!(id >= 0 && id < rows && Number.isInteger(id))) throw new Error(`static model: token id ${id} outside 0..${rows - 1}`);
      if (!known[id]) missing.add(id);
    }
    if (missing.size > 0) {
      const fresh = [...missing];
      const computed = run(fresh);
      fresh.forEach((id, k) => {
        table.set(computed.subarray(k * dim, (k + 1) * dim), id * dim);
        known[id] = 1;
      });
    }
    const out = new Float32Array(ids.length * dim);
    for (let i = 0; i < ids.length; i++) out.set(table.subarray(ids[i]! * dim, (ids[i]! + 1) * dim), i * dim);
    return out;
  };
  return {rows, dim, lookup};
}

interface Value {
  dims: number[];
  data: NumericArray;
}

/** float32 tensors compute in float32 (each result rounded), as onnxruntime does. */
function isFloat32(v: Value): boolean {
  return v.data instanceof Float32Array;
}

function runGraph(graph: OnnxGraph, feeds: Record<string, Value>): Value {
  const values = new Map<string, Value>();
  for (const [name, t] of graph.initializers) values.set(name, fromTensor(t));
  for (const name of graph.inputs) values.set(name, feeds[name]!);
  const get = (name: string) => {
    const value = values.get(name);
    if (!value) throw new Error(`static model: value ${name} is used before it is computed`);
    return value;
  };
  for (const node of graph.nodes) values.set(node.outputs[0]!, runNode(node, node.inputs.filter((name) => name !== '').map(get), graph));
  return get(graph.outputs[0]!);
}

function runNode(node: OnnxNode, inputs: Value[], graph: OnnxGraph): Value {
  const [a, b] = inputs as [Value, Value | undefined];
  switch (node.opType) {
    case 'Identity':
      return a;
    case 'Cast': {
      const to = node.ints.to?.[0];
      if (to === ONNX_TYPE.FLOAT) return {dims: a.dims, data: new Float32Array(a.data)};
      const integer = to !== ONNX_TYPE.DOUBLE;
      return {dims: a.dims, data: Float64Array.from(a.data, (x) => (integer ? Math.trunc(x) : x))};
    }
    case 'Unsqueeze': {
      const axes = node.ints.axes ?? constantValues(graph, node.inputs[1]) ?? [];
      const rank = a.dims.length + axes.length;
      const dims = [...a.dims];
      for (const axis of axes.map((x) => (x < 0 ? x + rank : x)).sort((x, y) => x - y)) dims.splice(axis, 0, 1);
      return {dims, data: a.data};
    }
    case 'Gather': {
      const [rows, ...rest] = a.dims as [number, ...number[]];
      const width = rest.reduce((x, y) => x * y, 1);
      const indices = b!.data;
      const data = new (a.data.constructor as new (n: number) => NumericArray)(indices.length * width);
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i]! < 0 ? indices[i]! + rows : indices[i]!;
        data.set(a.data.subarray(row * width, (row + 1) * width), i * width);
      }
      return {dims: [...b!.dims, ...rest], data};
    }
    default:
      return elementwise(node.opType, a, b!);
  }
}

/** One run of `n` outputs; a separate loop per operator keeps the hot loop free of calls. */
function combine(op: string, a: NumericArray, ia: number, stepA: number, b: NumericArray, ib: number, stepB: number, out: NumericArray, start: number, n: number): void {
  switch (op) {
    case 'Mul':
      for (let j = 0; j < n; j++) out[start + j] = a[ia + j * stepA]! * b[ib + j * stepB]!;
      return;
    case 'Add':
      for (let j = 0; j < n; j++) out[start + j] = a[ia + j * stepA]! + b[ib + j * stepB]!;
      return;
    case 'Sub':
      for (let j = 0; j < n; j++) out[start + j] = a[ia + j * stepA]! - b[ib + j * stepB]!;
      return;
    default:
      for (let j = 0; j < n; j++) out[start + j] = a[ia + j * stepA]! / b[ib + j * stepB]!;
  }
}

/** Numpy-style broadcasting, walking the output in blocks whose operand offsets are affine. */
function elementwise(op: string, a: Value, b: Value): Value {
  const rank = Math.max(a.dims.length, b.dims.length);
  const pad = (dims: number[]) => [...Array<number>(rank - dims.length).fill(1), ...dims];
  const [da, db] = [pad(a.dims), pad(b.dims)];
  const dims = da.map((x, i) => Math.max(x, db[i]!));
  const size = dims.reduce((x, y) => x * y, 1);
  const data = isFloat32(a) || isFloat32(b) ? new Float32Array(size) : new Float64Array(size);
  const strides = (d: number[]) => {
    const s = new Array<number>(rank).fill(0);
    for (let i = rank - 1, step = 1; i >= 0; step *= d[i]!, i--) s[i] = d[i] === 1 ? 0 : step;
    return s;
  };
  const [sa, sb] = [strides(da), strides(db)];
  const last = rank - 1;
  const inner = dims[last] ?? 1;
  const [stepA, stepB] = [sa[last] ?? 0, sb[last] ?? 0];
  const index = new Array<number>(rank).fill(0);
  for (let start = 0; start < size; start += inner) {
    let ia = 0;
    let ib = 0;
    for (let k = 0; k < last; k++) {
      ia += index[k]! * sa[k]!;
      ib += index[k]! * sb[k]!;
    }
    combine(op, a.data, ia, stepA, b.data, ib, stepB, data, start, inner);
    for (let k = last - 1; k >= 0 && ++index[k]! === dims[k]; k--) index[k] = 0;
  }
  return {dims, data};
}

function fromTensor(t: OnnxTensor): Value {
  return {dims: t.dims, data: t.values};
}

function constantValues(graph: OnnxGraph, name: string | undefined): number[] | undefined {
  const t = name === undefined ? undefined : graph.initializers.get(name);
  return t ? Array.from(t.values) : undefined;
}
