/** The benchmark's printed output: compact tables, and the targets beside the figures. */
import type {SizeFigures} from './runSize';

export interface TargetCheck {
  name: string;
  target: string;
  figure: string;
  /** undefined when the size the target speaks of was not run. */
  met?: boolean;
}

const PEAK_RSS_LIMIT_MB = 2048;

export function checkTargets(results: readonly SizeFigures[]): TargetCheck[] {
  const at = (size: number) => results.find((r) => r.size === size);
  const checks: TargetCheck[] = [];
  for (const [size, limit] of [[10_000, 5], [50_000, 20]] as const) {
    const r = at(size);
    const p95 = r?.latency.hybrid.p95;
    checks.push({
      name: `warm hybrid query p95 @ ${size.toLocaleString('en')} chunks`,
      target: `≤ ${limit} ms`,
      figure: p95 === undefined ? 'not run' : `${p95.toFixed(2)} ms`,
      met: p95 === undefined ? undefined : p95 <= limit,
    });
  }
  checks.push({
    name: 'rebuild with unchanged content embeds',
    target: '0 chunks',
    figure: results.length ? results.map((r) => `${n(r.warm.embedded)} of ${n(r.size)}`).join(', ') : 'not run',
    met: results.length ? results.every((r) => r.warm.embedded === 0) : undefined,
  });
  const hundred = results.filter((r) => r.dimension === 100);
  checks.push({
    name: 'vector index bytes per chunk (100 dims)',
    target: '≤ 110 B',
    figure: hundred.length ? hundred.map((r) => `${r.bytes.vectorBytesPerChunk.toFixed(2)} B`).join(', ') : 'not run',
    met: hundred.length ? hundred.every((r) => r.bytes.vectorBytesPerChunk <= 110) : undefined,
  });
  const big = at(50_000);
  checks.push({
    name: 'peak memory of the index build @ 50,000 chunks',
    target: `≤ 2 GB (${PEAK_RSS_LIMIT_MB} MB)`,
    figure: big ? `${big.rssMb.build.toFixed(0)} MB maxRSS` : 'not run',
    met: big ? big.rssMb.build <= PEAK_RSS_LIMIT_MB : undefined,
  });
  return checks;
}

export function formatReport(results: readonly SizeFigures[], failures: readonly {size: number; error: string}[]): string {
  const lines: string[] = [];
  const s = (msValue: number) => (msValue / 1000).toFixed(msValue < 10_000 ? 2 : 1);
  const split = (b: SizeFigures['cold']) => `${s(b.totalMs)} (${s(b.embedMs)} / ${s(b.lexicalMs)} / ${s(b.vectorsMs + b.writeMs)})`;
  const first = results[0];
  if (first) lines.push(`Model ${first.modelId}, ${first.dimension} dimensions; ${first.latency.hybrid.queries} queries per mode; Node ${process.version}.`, '');

  lines.push('Index build, seconds: total (embed / lexical lunr / vectors+meta+write); peak = child maxRSS over both builds');
  lines.push(
    table(
      ['chunks', 'cold build', 'embedded', 'warm rebuild', 'embedded', 'same files', 'peak RSS'],
      results.map((r) => [n(r.size), split(r.cold), n(r.cold.embedded), split(r.warm), n(r.warm.embedded), r.warmIdentical ? 'yes' : 'NO', `${r.rssMb.build.toFixed(0)} MB`]),
    ),
    '',
  );

  lines.push('Index bytes: raw / gzip -9');
  lines.push(
    table(
      ['chunks', 'meta JSON', 'lunr JSON', 'vectors .bin', 'vector B/chunk', 'total gzip', 'emb. cache'],
      results.map((r) => [
        n(r.size),
        `${size(r.bytes.meta.raw)} / ${size(r.bytes.meta.gzip)}`,
        `${size(r.bytes.lexical.raw)} / ${size(r.bytes.lexical.gzip)}`,
        `${size(r.bytes.vectors.raw)} / ${size(r.bytes.vectors.gzip)}`,
        r.bytes.vectorBytesPerChunk.toFixed(2),
        size(r.bytes.meta.gzip + r.bytes.lexical.gzip + r.bytes.vectors.gzip),
        size(r.cacheBytes),
      ]),
    ),
    '',
  );

  lines.push('Warm query latency in Node, ms p50 / p95 (search() only; queries embedded beforehand)');
  const lat = (l: SizeFigures['latency']['hybrid']) => `${l.p50.toFixed(2)} / ${l.p95.toFixed(2)}`;
  lines.push(
    table(
      ['chunks', 'index load', 'lexical', 'vector', 'hybrid', 'hybrid max'],
      results.map((r) => [n(r.size), `${s(r.loadMs)} s`, lat(r.latency.lexical), lat(r.latency.vector), lat(r.latency.hybrid), r.latency.hybrid.max.toFixed(2)]),
    ),
    '',
  );

  for (const failure of failures) lines.push(`!! ${n(failure.size)} chunks: FAILED — ${failure.error}`);
  if (failures.length) lines.push('');

  lines.push('Targets');
  lines.push(
    table(
      ['target', 'limit', 'figure', ''],
      checkTargets(results).map((c) => [c.name, c.target, c.figure, c.met === undefined ? 'n/a' : c.met ? 'PASS' : 'MISS']),
    ),
  );
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function n(value: number): string {
  return value.toLocaleString('en');
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
