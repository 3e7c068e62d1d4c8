import {gzipSync} from 'node:zlib';
import type {BuiltIndex} from '../../plugins/kb-search/buildSearchIndex';

export interface FileBytes {
  raw: number;
  gzip: number;
}

export interface IndexBytes {
  meta: FileBytes;
  lexical: FileBytes;
  vectors: FileBytes;
  /** Vector file bytes / chunk count (int8 row + float32 scale + the header spread over all rows). */
  vectorBytesPerChunk: number;
}

/** Raw and gzip -9 sizes of the three index files, as a server would send them compressed. */
export function indexBytes(built: BuiltIndex): IndexBytes {
  const measure = (name: string): FileBytes => {
    const content = built.files[name];
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return {raw: bytes.byteLength, gzip: gzipSync(bytes, {level: 9}).byteLength};
  };
  const vectors = measure(built.manifest.vectors);
  return {
    meta: measure(built.manifest.meta),
    lexical: measure(built.manifest.lexical),
    vectors,
    vectorBytesPerChunk: built.manifest.count > 0 ? vectors.raw / built.manifest.count : Number.NaN,
  };
}
