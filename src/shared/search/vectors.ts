/**
 * The compact vector index: one int8 row per chunk plus one float32 scale per row
 * (value ≈ int8 × scale), so 100 dimensions cost 104 bytes a chunk instead of 400.
 */
export interface VectorIndex {
  dimension: number;
  count: number;
  values: Int8Array;
  scales: Float32Array;
}

export function quantizeVectors(vectors: Float32Array[], dimension: number): VectorIndex {
  const values = new Int8Array(vectors.length * dimension);
  const scales = new Float32Array(vectors.length);
  vectors.forEach((vector, row) => {
    let max = 0;
    for (let d = 0; d < dimension; d += 1) max = Math.max(max, Math.abs(vector[d]));
    const scale = max > 0 ? max / 127 : 0;
    scales[row] = scale;
    for (let d = 0; d < dimension; d += 1) values[row * dimension + d] = scale > 0 ? Math.round(vector[d] / scale) : 0;
  });
  return {dimension, count: vectors.length, values, scales};
}

/** Binary layout: "CKV1", uint32 dimension, uint32 count, int8 values, padding to 4, float32 scales. */
export function encodeVectorIndex(index: VectorIndex): Uint8Array {
  const valuesBytes = index.values.length;
  const padded = Math.ceil((12 + valuesBytes) / 4) * 4;
  const buffer = new ArrayBuffer(padded + index.count * 4);
  const view = new DataView(buffer);
  new Uint8Array(buffer, 0, 4).set([0x43, 0x4b, 0x56, 0x31]);
  view.setUint32(4, index.dimension, true);
  view.setUint32(8, index.count, true);
  new Int8Array(buffer, 12, valuesBytes).set(index.values);
  new Float32Array(buffer, padded, index.count).set(index.scales);
  return new Uint8Array(buffer);
}

export function decodeVectorIndex(bytes: Uint8Array): VectorIndex {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const view = new DataView(buffer);
  const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
  if (magic !== 'CKV1') throw new Error('not a ccic-kb vector index (bad magic bytes)');
  const dimension = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  const padded = Math.ceil((12 + dimension * count) / 4) * 4;
  return {dimension, count, values: new Int8Array(buffer, 12, dimension * count), scales: new Float32Array(buffer, padded, count)};
}

/** Rows ranked by cosine with a unit-length query (rows are unit-length before quantisation). */
export function nearestRows(index: VectorIndex, query: Float32Array, limit: number, accept?: (row: number) => boolean): {row: number; cosine: number}[] {
  const {dimension, values, scales} = index;
  const best: {row: number; cosine: number}[] = [];
  for (let row = 0; row < index.count; row += 1) {
    if (accept && !accept(row)) continue;
    let dot = 0;
    const offset = row * dimension;
    for (let d = 0; d < dimension; d += 1) dot += query[d] * values[offset + d];
    const cosine = dot * scales[row];
    if (best.length < limit) {
      best.push({row, cosine});
      if (best.length === limit) best.sort((a, b) => b.cosine - a.cosine);
    } else if (cosine > best[limit - 1].cosine) {
      let at = limit - 1;
      while (at > 0 && best[at - 1].cosine < cosine) {
        best[at] = best[at - 1];
        at -= 1;
      }
      best[at] = {row, cosine};
    }
  }
  return best.length < limit ? best.sort((a, b) => b.cosine - a.cosine) : best;
}
