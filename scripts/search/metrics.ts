/** Retrieval metrics over ranked URL lists and judged relevant URLs. */

/** Share of the relevant URLs found in the first k results. */
export function recallAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((url) => top.has(url)).length / relevant.length;
}

/** 1 / rank of the first relevant result within the first k, or 0. */
export function reciprocalRankAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  const at = ranked.slice(0, k).findIndex((url) => wanted.has(url));
  return at === -1 ? 0 : 1 / (at + 1);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * nDCG@k with graded judgements (URL → grade, e.g. 2 = the answer, 1 = useful): the gain
 * 2^grade − 1 discounted by log2(rank + 1), over the best possible ordering of the judged URLs.
 */
export function ndcgAt(k: number, ranked: readonly string[], grades: Readonly<Record<string, number>>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked.slice(0, k).reduce((sum, url, i) => sum + gain(grades[url] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}
