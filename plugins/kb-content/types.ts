/** The validated records every emitter (pages, links, data files, search) reads. */
import type {CatalogueItem} from './catalogue';
import type {AssessmentChecklist} from '../../src/shared/assessment/types';
import type {ReadingPath, TrainingChapter} from './training';
import type {TrainingScenario} from './trainingScenarios';

export type Regime = 'wassenaar' | 'eu' | 'us' | 'uk';

/** Regime names, shown on pages and used as search facet values (precedents use their state). */
export const REGIME_NAMES: Record<Regime, string> = {
  wassenaar: 'Wassenaar Arrangement',
  eu: 'European Union',
  us: 'United States',
  uk: 'United Kingdom',
};

export interface SourceRef {
  title: string;
  url: string;
}

/** Where a record or a block was written, for error messages and "edit" links. */
export interface Origin {
  file: string;
  line: number;
}

export interface Taxonomy {
  audience: Record<string, string>;
  pillar: Record<string, string>;
  theme: Record<string, string>;
}
export type TagFacet = keyof Taxonomy;
export const TAG_FACETS: TagFacet[] = ['audience', 'theme', 'pillar'];

/** One published edition of the knowledge base (`content/editions.yml`). */
export interface Edition {
  /** `2026.1`: year, then the edition's number within the year. */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
}

export type ChangeKind = 'added' | 'amended' | 'withdrawn';

/** One line of an item's history: what happened to it in an edition. */
export interface HistoryEntry {
  edition: string;
  change: ChangeKind;
  note: string;
  /** For a withdrawn control, precedent or term: the record that replaces it. */
  successor?: string;
  /** True when not written by an author: an item with no history was added in the first edition. */
  derived?: boolean;
  line: number;
}

/** What every versioned item carries: its history and the editions derived from it. */
export interface Versioned {
  /** Oldest first, starting with how the item was added (derived when not written). */
  history: HistoryEntry[];
  /** The edition of its last history entry. */
  lastChanged: string;
}

export interface Section {
  /** Heading text. */
  title: string;
  anchor: string;
  depth: number;
  url: string;
  /** Plain text of the section up to the next heading (recommendations excluded). */
  text: string;
  origin: Origin;
}

export interface Recommendation extends Versioned {
  id: string;
  /** `r5-3`: the permalink anchor on the chapter page. */
  anchor: string;
  chapter: number;
  chapterId: string;
  chapterTitle: string;
  title: string;
  status: 'active' | 'withdrawn';
  successor?: string;
  audience: string[];
  theme: string[];
  pillar: string[];
  /** Control entry slugs named in the `controls` tag. */
  controls: string[];
  /** Precedent IDs the body cites. */
  precedents: string[];
  /** Plain text of the body. */
  text: string;
  url: string;
  origin: Origin;
}

export interface Chapter {
  id: string;
  chapter: number;
  title: string;
  summary: string;
  url: string;
  wordCount: number;
  readingMinutes: number;
  sections: Section[];
  recommendations: string[];
  /** Precedent IDs cited anywhere in the chapter. */
  precedents: string[];
  origin: Origin;
}

export interface ControlRegimeEntry {
  regime: Regime;
  number: string;
  instrument: string;
  added?: string;
  /**
   * What `added` means when it is not the date the sub-item itself was created: e.g. 4D001.a is
   * older than 2013, and only its reach to the intrusion-software platforms dates from then.
   */
  addedNote?: string;
  amended: {date: string; change: string}[];
}

export interface ControlEntry extends Versioned {
  slug: string;
  title: string;
  kind: 'list-entry' | 'catch-all' | 'licence-exception' | 'end-use-control';
  summary: string;
  entries: ControlRegimeEntry[];
  /** Canonical keys (`4E001.c`) of the numbers this record carries. */
  keys: string[];
  /** Every accepted spelling: derived from the numbers, plus the aliases. */
  notations: string[];
  aliases: string[];
  definitions: string[];
  sources: SourceRef[];
  text: string;
  url: string;
  origin: Origin;
}

export const ACTION_TYPES = {
  'licence-granted': 'Licence granted',
  'licence-denied': 'Licence denied',
  'licence-revoked': 'Licence revoked',
  'entity-listing': 'Entity listing',
  'sanctions-listing': 'Sanctions listing',
  prosecution: 'Prosecution',
  conviction: 'Conviction',
  investigation: 'Investigation',
  'policy-change': 'Policy or rule change',
} as const;
export type ActionType = keyof typeof ACTION_TYPES;

export interface Precedent extends Versioned {
  id: string;
  title: string;
  date: string;
  year: number;
  /** The states or organisations that acted, for display ("United Kingdom and France"). */
  state: string;
  /** The same names one by one: the register's State facet and the search's jurisdiction. */
  states: string[];
  /** Who else took part, in words (e.g. "21 supporting states at adoption"); shown on the record. */
  participants?: string;
  authority: string;
  actor: string;
  action: ActionType;
  items: string[];
  controls: string[];
  /** Whether the sources name the entries or the author infers them, and why; set when `controls` is not empty. */
  controlsBasis?: string;
  destinations: string[];
  outcome: string;
  sources: SourceRef[];
  /** Derived: recommendations whose body cites this precedent. */
  relatedRecommendations: string[];
  text: string;
  url: string;
  origin: Origin;
}

export interface GlossaryTerm extends Versioned {
  slug: string;
  term: string;
  aliases: string[];
  short: string;
  sources: SourceRef[];
  text: string;
  url: string;
  origin: Origin;
}

/** One place in the knowledge base that mentions a control entry. */
export interface Citation {
  kind: 'recommendation' | 'section' | 'chapter' | 'precedent' | 'glossary' | 'control';
  /** Recommendation ID, precedent ID, term slug, control slug or `<chapter>#<anchor>`. */
  id: string;
  title: string;
  url: string;
}

export interface ContentWarning extends Origin {
  message: string;
}

export interface KnowledgeBase {
  taxonomy: Taxonomy;
  /** Oldest first; the last is the current edition. */
  editions: Edition[];
  training: TrainingChapter[];
  /** The fictional worked scenarios of the training material, as text. */
  scenarios: TrainingScenario[];
  /** The officer's licence assessment checklist and red flags (content/assessment/). */
  assessment: AssessmentChecklist;
  paths: ReadingPath[];
  /** Every assignable unit, by reference. */
  catalogue: CatalogueItem[];
  chapters: Chapter[];
  recommendations: Recommendation[];
  controls: ControlEntry[];
  precedents: Precedent[];
  glossary: GlossaryTerm[];
  /** Control slug → every place that cites it. */
  citedBy: Record<string, Citation[]>;
  warnings: ContentWarning[];
}
