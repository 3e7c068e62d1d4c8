/**
 * Smooth inverse frequency (Arora, Liang & Ma 2017, "A simple but tough-to-beat
 * baseline for sentence embeddings"): weight(w) = a / (a + p(w)). Baking the weight
 * into each embedding row makes transformers.js mean pooling compute a SIF-weighted
 * average, so frequent function words barely move a sentence vector.
 *
 * GloVe ships no counts, only frequency order, so p(w) comes from Zipf's law:
 * p(rank r) = 1 / (r * H_M), H_M the M-th harmonic number (M = source vocabulary size).
 * Plain sums and divisions only (no Math.log), so results are bit-identical everywhere.
 */

/** Arora et al. recommend a in [1e-4, 1e-3]; 1e-3 keeps mid-frequency words near 1. */
export const DEFAULT_SIF_A = 1e-3;

export function harmonicNumber(m: number): number {
  let h = 0;
  for (let k = m; k >= 1; k--) h += 1 / k; // smallest terms first: less rounding error
  return h;
}

export function zipfProbability(rank: number, harmonic: number): number {
  return 1 / (rank * harmonic);
}

export function sifWeight(p: number, a: number = DEFAULT_SIF_A): number {
  return a / (a + p);
}

/**
 * First principal direction (uncentred) of the rows of a row-major matrix, found by
 * power iteration on the dim x dim Gram matrix from a fixed start vector, so it is
 * deterministic. SIF removes this "common discourse" direction, which every GloVe
 * average shares and which otherwise makes all sentences look alike.
 */
export function commonComponent(rows: Float64Array, dim: number, iterations = 100): Float64Array {
  const gram = new Float64Array(dim * dim);
  const count = rows.length / dim;
  for (let r = 0; r < count; r++) {
    const o = r * dim;
    for (let i = 0; i < dim; i++) {
      const x = rows[o + i]!;
      if (x === 0) continue;
      for (let j = 0; j < dim; j++) gram[i * dim + j]! += x * rows[o + j]!;
    }
  }
  let v = new Float64Array(dim).fill(1 / Math.sqrt(dim));
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(dim);
    for (let i = 0; i < dim; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += gram[i * dim + j]! * v[j]!;
      next[i] = s;
    }
    const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return v.fill(0);
    v = next.map((x) => x / norm);
  }
  return v;
}

/** rows[r] -= (rows[r] . u) u, in place. */
export function removeComponent(rows: Float64Array, dim: number, u: Float64Array): void {
  for (let o = 0; o < rows.length; o += dim) {
    let dot = 0;
    for (let i = 0; i < dim; i++) dot += rows[o + i]! * u[i]!;
    for (let i = 0; i < dim; i++) rows[o + i]! -= dot * u[i]!;
  }
}
