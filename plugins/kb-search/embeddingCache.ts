import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Embeddings keyed by model ID and the exact text embedded, so a rebuild embeds only chunks
 * whose text changed, and a new model starts a new cache. Stored as float32 (base64).
 */
export class EmbeddingCache {
  private readonly entries = new Map<string, string>();
  private dirty = false;
  private readonly file: string;

  constructor(dir: string, readonly modelId: string) {
    this.file = path.join(dir, `embeddings-${modelId.replace(/[^\w.@-]+/g, '_')}.json`);
    if (fs.existsSync(this.file)) {
      try {
        const stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as {modelId: string; entries: Record<string, string>};
        if (stored.modelId === modelId) for (const [key, value] of Object.entries(stored.entries)) this.entries.set(key, value);
      } catch {
        // A corrupt cache is only a slower build.
      }
    }
  }

  static key(text: string): string {
    return crypto.createHash('sha256').update(text).digest('hex');
  }

  get(text: string): Float32Array | undefined {
    const value = this.entries.get(EmbeddingCache.key(text));
    if (!value) return undefined;
    const bytes = Buffer.from(value, 'base64');
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  set(text: string, vector: Float32Array): void {
    this.entries.set(EmbeddingCache.key(text), Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64'));
    this.dirty = true;
  }

  /** Keeps only the given texts (drops what no chunk uses any more) and writes atomically. */
  save(keep: string[]): void {
    const wanted = new Set(keep.map((text) => EmbeddingCache.key(text)));
    for (const key of [...this.entries.keys()]) {
      if (!wanted.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), {recursive: true});
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({modelId: this.modelId, entries: Object.fromEntries(this.entries)}));
    fs.renameSync(temporary, this.file);
    this.dirty = false;
  }
}
