import {loadLexicalIndex} from './lexical';
import {createSearchIndex, type SearchIndex} from './ranking';
import type {IndexManifest, IndexMeta} from './types';
import {decodeVectorIndex} from './vectors';

export const MANIFEST_FILE = 'search/manifest.json';

/** Loads the index named by a manifest through any file reader (fs in Node, fetch in the browser). */
export async function loadSearchIndex(manifest: IndexManifest, read: (name: string) => Promise<Uint8Array>): Promise<SearchIndex> {
  const decoder = new TextDecoder();
  const [meta, lexical, vectors] = await Promise.all([read(manifest.meta), read(manifest.lexical), read(manifest.vectors)]);
  return createSearchIndex(
    JSON.parse(decoder.decode(meta)) as IndexMeta,
    loadLexicalIndex(decoder.decode(lexical)),
    decodeVectorIndex(vectors),
  );
}
