/** The search index format, shared by the build (writer), the CLI and the browser (readers). */
import type {RegistryRecord} from '../controlRegistry';
import type {ThesaurusMap} from './thesaurus';

export const CHUNK_TYPES = ['section', 'recommendation', 'control', 'precedent', 'term', 'training', 'scenario'] as const;
export type ChunkType = (typeof CHUNK_TYPES)[number];

export const CHUNK_TYPE_LABELS: Record<ChunkType, string> = {
  section: 'Chapter section',
  recommendation: 'Recommendation',
  control: 'Control entry',
  precedent: 'Precedent',
  term: 'Glossary term',
  training: 'Training material',
  scenario: 'Training scenario (fictional)',
};

/** Chunk types whose text is invented for teaching: shown with their label, never as fact. */
export const FICTIONAL_TYPES: readonly ChunkType[] = ['scenario'];

export function isFictional(chunk: Pick<Chunk, 'type'>): boolean {
  return FICTIONAL_TYPES.includes(chunk.type);
}

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
  /** Set only on an earlier edition's wording of a recommendation that has changed since: searched only when filtering to that edition. */
  edition?: string;
  /** On current chunks: earlier editions whose wording differs (their own chunk stands in when filtering to them). */
  changedSince?: string[];
  /**
   * What the assignment builder adds for this result, when not the chunk itself: a reading
   * path's items, or the chapter a training session belongs to.
   */
  assign?: string[];
  /** For training chunks: which part of the material it is. */
  trainingKind?: 'objectives' | 'questions' | 'scenario' | 'path';
}

/** How the two rankings are fused; part of the index so every reader ranks alike. */
export interface RankingSettings {
  /** Weight of the vector ranking in reciprocal rank fusion (the lexical one weighs 1). */
  vectorWeight: number;
  /** RRF damping constant of the lexical list (the vector list's is 60): smaller keeps its first places further apart. */
  lexicalK: number;
  /** Vector-only matches below this cosine are dropped from hybrid results (calibrated on the dev split). */
  minCosine: number;
  /**
   * Added to a result whose title, ID or keywords hold every typed word (or its expansion), in
   * units of a first-place RRF vote; such a result is also never ranked below a vector-only one.
   */
  strongBonus: number;
  /** A query with at least this many content words is a question: type priors apply. */
  longQueryWords: number;
  /** Score multipliers by chunk type on long queries (short glossary chunks must not crowd them). */
  typePriors: Partial<Record<ChunkType, number>>;
}

/** Why a result is in the list, as the UI and the CLI's `--json` show it. */
export interface MatchReason {
  /**
   * `exact`: the query names its ID; `words`: typed words found; `thesaurus`: found through a
   * thesaurus expansion; `meaning`: close in meaning only (no word in common).
   */
  kind: 'exact' | 'words' | 'thesaurus' | 'meaning';
  exact: boolean;
  /** Typed words the result contains (normalised). */
  words: string[];
  /** Expansions used: typed phrase → the term it matched ("blacklist" → "Entity List"). */
  via: {from: string; to: string}[];
  /** For `meaning`: the result's words sharing a root with the query's, if any. */
  shared?: string[];
  /** Title, ID or keywords hold every typed word or its expansion. */
  strong: boolean;
  lexicalRank?: number;
  vectorRank?: number;
  cosine?: number;
}

/** The JSON part of the index: everything but the vectors and the lunr index. */
export interface IndexMeta {
  formatVersion: 1;
  modelId: string;
  ranking?: Partial<RankingSettings>;
  /** Query expansions (content/thesaurus.yml and glossary aliases), compiled at build time. */
  thesaurus?: ThesaurusMap;
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
  /** Search the text as an earlier edition published it; the current edition when left out. */
  edition?: string;
}

export interface TextPiece {
  text: string;
  highlight: boolean;
}

export interface SearchResult {
  rank: number;
  chunk: Chunk;
  score: number;
  /** Why it is shown: exact ID, words matched, thesaurus expansion, or close in meaning. */
  match: MatchReason;
  snippet: TextPiece[];
}
