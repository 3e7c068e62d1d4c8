/**
 * Symmetric int8 quantisation of the embedding table.
 *
 * Per-row, not per-tensor: SIF weights scale rows by factors from ~0.01 ("the") to
 * ~1 (rare words), so one tensor-wide scale would round frequent-word rows to
 * almost nothing. A per-row scale costs 4 bytes a row and keeps every row's
 * relative error below sqrt(dim)/254 (half a step per component).
 */

export interface QuantizedTable {
  /** Row-major int8 values in [-127, 127]. */
  values: Int8Array;
  /** One float32 scale per row (0 for all-zero rows such as [PAD] and [UNK]). */
  scales: Float32Array;
  rows: number;
  dim: number;
}

export interface QuantizationError {
  /** Mean over non-zero rows of 1 - cos(float row, dequantised row). */
  meanCosineError: number;
  maxCosineError: number;
  /** Mean relative L2 error |x - x̂| / |x|. */
  meanRelativeError: number;
}

export function quantizePerRow(table: Float64Array, dim: number): QuantizedTable {
  const rows = table.length / dim;
  const values = new Int8Array(table.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const o = r * dim;
    let maxAbs = 0;
    for (let i = 0; i < dim; i++) maxAbs = Math.max(maxAbs, Math.abs(table[o + i]!));
    const scale = Math.fround(maxAbs / 127);
    scales[r] = scale;
    if (scale === 0) continue;
    for (let i = 0; i < dim; i++) values[o + i] = clampInt8(Math.round(table[o + i]! / scale));
  }
  return { values, scales, rows, dim };
}

/** One scale for the whole table; kept to document why per-row was chosen. */
export function quantizePerTensor(table: Float64Array, dim: number): QuantizedTable {
  const rows = table.length / dim;
  let maxAbs = 0;
  for (const x of table) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = Math.fround(maxAbs / 127);
  const values = new Int8Array(table.length);
  if (scale > 0) table.forEach((x, i) => { values[i] = clampInt8(Math.round(x / scale)); });
  return { values, scales: new Float32Array(rows).fill(scale), rows, dim };
}

export function dequantizeRow(q: QuantizedTable, row: number): Float64Array {
  const out = new Float64Array(q.dim);
  const scale = q.scales[row]!;
  for (let i = 0; i < q.dim; i++) out[i] = q.values[row * q.dim + i]! * scale;
  return out;
}

export function measureError(table: Float64Array, q: QuantizedTable): QuantizationError {
  const { dim } = q;
  let sumCos = 0;
  let maxCos = 0;
  let sumRel = 0;
  let n = 0;
  for (let r = 0; r < q.rows; r++) {
    const o = r * dim;
    const approx = dequantizeRow(q, r);
    let dot = 0, nx = 0, na = 0, diff = 0;
    for (let i = 0; i < dim; i++) {
      const x = table[o + i]!;
      dot += x * approx[i]!;
      nx += x * x;
      na += approx[i]! * approx[i]!;
      diff += (x - approx[i]!) ** 2;
    }
    if (nx === 0) continue;
    // A row quantised to all zeros has lost its direction entirely: error 1.
    const cosErr = na === 0 ? 1 : 1 - dot / Math.sqrt(nx * na);
    sumCos += cosErr;
    maxCos = Math.max(maxCos, cosErr);
    sumRel += Math.sqrt(diff / nx);
    n++;
  }
  return { meanCosineError: n ? sumCos / n : 0, maxCosineError: maxCos, meanRelativeError: n ? sumRel / n : 0 };
}

function clampInt8(x: number): number {
  return Math.max(-127, Math.min(127, x));
}
