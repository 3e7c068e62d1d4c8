/** The search index format, shared by the build (writer), the CLI and the browser (readers). */
import type {RegistryRecord} from '../controlRegistry';

export const CHUNK_TYPES = ['section', 'recommendation', 'control', 'precedent', 'term'] as const;
export type ChunkType = (typeof CHUNK_TYPES)[number];

export const CHUNK_TYPE_LABELS: Record<ChunkType, string> = {
  section: 'Chapter section',
  recommendation: 'Recommendation',
  control: 'Control entry',
  precedent: 'Precedent',
  term: 'Glossary term',
};

/** One searchable unit and what the result list shows of it. */
export interface Chunk {
  /** `<type>:<key>`, e.g. `recommendation:R5.1`, `section:end-use-controls#red-flags`. */
  id: string;
  type: ChunkType;
  title: string;
  /** Where it sits, for display only (not searched): e.g. `Chapter 5: Applying end-use …`. */
  context?: string;
  /** Site-relative URL with the anchor. */
  url: string;
  /** Chapter number for guide content. */
  chapter?: number;
  audience: string[];
  theme: string[];
  pillar: string[];
  /** Regimes (control entries) or acting states (precedents). */
  jurisdiction: string[];
  year?: number;
  /** Exact identifiers typed by officers: recommendation IDs, entry numbers, precedent IDs. */
  keywords: string[];
  /** Plain text, for snippets and the lexical index. */
  text: string;
}

/** How the two rankings are fused; part of the index so every reader ranks alike. */
export interface RankingSettings {
  /** Weight of the vector ranking in reciprocal rank fusion (the lexical one weighs 1). */
  vectorWeight: number;
  /** Vector-only matches below this cosine are dropped from hybrid results. */
  minCosine: number;
}

/** The JSON part of the index: everything but the vectors and the lunr index. */
export interface IndexMeta {
  formatVersion: 1;
  modelId: string;
  ranking?: RankingSettings;
  dimension: number;
  chunks: Chunk[];
  /** The control registry's records, for exact-ID lookup in any notation. */
  controls: RegistryRecord[];
}

/** Names of the index files; they carry a content hash so browsers can cache them for ever. */
export interface IndexManifest {
  formatVersion: 1;
  modelId: string;
  dimension: number;
  count: number;
  meta: string;
  lexical: string;
  vectors: string;
  /**
   * The model the browser loads to embed queries (path under the site root), and the engine the
   * build found by inspecting its graph: 'static' needs no onnxruntime (src/shared/embedder.ts).
   */
  model: {name: string; path: string; quantized: boolean; pooling: 'mean' | 'cls'; normalize: boolean; engine: 'static' | 'onnxruntime'};
  /** Where onnxruntime-web's .wasm files are served (never a CDN); only the onnxruntime engine uses them. */
  wasmPath: string;
}

export interface SearchFilters {
  types?: ChunkType[];
  audience?: string[];
  theme?: string[];
  pillar?: string[];
  jurisdiction?: string[];
  yearFrom?: number;
  yearTo?: number;
}

export interface TextPiece {
  text: string;
  highlight: boolean;
}

export interface SearchResult {
  rank: number;
  chunk: Chunk;
  score: number;
  /** Why it ranked: an exact ID match, or its ranks in each list. */
  match: {exact: boolean; lexicalRank?: number; vectorRank?: number; cosine?: number};
  snippet: TextPiece[];
}
