import fs from 'node:fs';
import path from 'node:path';
import {ControlRegistry, RegistryConflict} from '../../src/shared/controlRegistry';
import {recommendationSortKey} from '../../src/shared/recommendationId';
import {parseChapter, type ParsedChapter} from './chapters';
import {addCitation, collectCitations} from './citations';
import {parseControl} from './controls';
import {checkContentFiles, DEFAULT_CONTENT_LIMITS, type ContentLimits} from './contentSafety';
import {ContentError, ErrorList} from './errors';
import {parseGlossaryTerm} from './glossary';
import {parseMarkdownFile, type MarkdownFile} from './markdown';
import {parsePrecedent} from './precedents';
import {citedPrecedents} from './recommendations';
import {buildCatalogue} from './catalogue';
import {listFiles, listMarkdown} from './records';
import {parseReadingPath, parseTrainingChapter} from './training';
import {loadTaxonomy} from './taxonomy';
import {ROUTES} from './urls';
import {editionsFile, loadEditions} from './editions';
import {applyHistories} from './history';
import {EDITIONS_DIR, frozenEditionIds, readSnapshot, snapshotFile, versionedItems, type EditionSnapshot} from './snapshots';
import type {Citation, Edition, KnowledgeBase} from './types';

export interface LoadedKnowledgeBase {
  kb: KnowledgeBase;
  registry: ControlRegistry;
  /** Frozen copy of every published edition, by edition ID (the current edition's may lag the content until re-frozen). */
  snapshots: Map<string, EditionSnapshot>;
}

export interface LoadOptions extends Partial<ContentLimits> {
  /** An edition being cut by `npm run edition`: validated as if it were listed last in editions.yml. */
  candidate?: Edition;
}

export const CONTENT_FOLDERS = ['guide', 'controls', 'precedents', 'glossary', 'training'] as const;

/**
 * Parses and validates everything under `content/` once: records, cross-references and the
 * "Cited by" lists. Every emitter (pages, links, data files, search index) reads the result.
 * All content errors are gathered and thrown together, before anything is written; files that
 * could run code, are not UTF-8 or exceed `limits` are refused before any is parsed.
 */
export function loadKnowledgeBaseUncached(contentDir: string, options: LoadOptions = {}): LoadedKnowledgeBase {
  const limits: ContentLimits = {...DEFAULT_CONTENT_LIMITS, ...(options.maxFileKB === undefined ? {} : {maxFileKB: options.maxFileKB})};
  const errors = new ErrorList();
  checkContentFiles(contentDir, CONTENT_FOLDERS, limits, errors);
  errors.throwIfAny();
  const parse = (file: string) => errors.collect(() => parseMarkdownFile(file));
  const folder = (name: string) =>
    listMarkdown(path.join(contentDir, name))
      .map(parse)
      .filter((md): md is MarkdownFile => md !== undefined);

  const taxonomy = loadTaxonomy(path.join(contentDir, 'taxonomy.yml'));
  const editions = [...loadEditions(contentDir, errors), ...(options.candidate ? [options.candidate] : [])];
  const snapshots = loadSnapshots(contentDir, editions, options.candidate, errors);
  const controlFiles = folder('controls');
  const controls = controlFiles.map((md) => errors.collect(() => parseControl(md, ROUTES.controls))).filter((c) => c !== undefined);
  let registry: ControlRegistry;
  try {
    registry = new ControlRegistry(controls);
  } catch (error) {
    if (error instanceof RegistryConflict) throw new ContentError(path.join(contentDir, 'controls'), 1, error.message, 'give each number and alias to exactly one record');
    throw error;
  }
  errors.throwIfAny();

  const glossaryFiles = folder('glossary');
  const glossary = glossaryFiles.map((md) => errors.collect(() => parseGlossaryTerm(md, ROUTES.glossary))).filter((g) => g !== undefined);
  const precedentFiles = folder('precedents');
  const precedents = precedentFiles.map((md) => errors.collect(() => parsePrecedent(md, ROUTES.precedents, registry))).filter((p) => p !== undefined);
  const chapterFiles = folder('guide');
  const parsedChapters = chapterFiles.map((md) => errors.collect(() => parseChapter(md, ROUTES.guide, taxonomy, registry))).filter((c): c is ParsedChapter => c !== undefined);
  errors.throwIfAny();

  const recommendations = parsedChapters.flatMap((parsed) => parsed.recommendations);
  checkUniqueChapters(parsedChapters, errors);
  checkRecommendationIds(recommendations, errors);
  const precedentIds = new Set(precedents.map((p) => p.id));
  for (const md of [...chapterFiles, ...precedentFiles, ...glossaryFiles, ...controlFiles, ...folder('training')]) {
    for (const citation of citedPrecedents(md.tree)) {
      if (!precedentIds.has(citation.id)) {
        errors.add(new ContentError(md.file, citation.line, `cites unknown precedent "${citation.id}"`, `use an ID of a file in content/precedents/, e.g. :precedent[label]{#${nearestOf(citation.id, [...precedentIds])}}`));
      }
    }
  }
  errors.throwIfAny();

  for (const precedent of precedents) {
    precedent.relatedRecommendations = recommendations.filter((r) => r.precedents.includes(precedent.id)).map((r) => r.id);
  }

  const citedBy = new Map<string, Citation[]>();
  const warnings: KnowledgeBase['warnings'] = [];
  applyHistories(versionedItems({recommendations, controls, precedents, glossary}), editions, snapshots, errors, warnings);
  errors.throwIfAny();
  for (const [index, parsed] of parsedChapters.entries()) {
    const md = chapterFiles[index];
    collectCitations(md.tree, md.file, registry, (node) => parsed.unitOf.get(node), citedBy, warnings);
  }
  for (const recommendation of recommendations) {
    for (const slug of recommendation.controls) {
      addCitation(citedBy, slug, {kind: 'recommendation', id: recommendation.id, title: `${recommendation.id} ${recommendation.title}`, url: recommendation.url});
    }
  }
  precedents.forEach((precedent, index) => {
    const unit: Citation = {kind: 'precedent', id: precedent.id, title: precedent.title, url: precedent.url};
    collectCitations(precedentFiles[index].tree, precedent.origin.file, registry, () => unit, citedBy, warnings);
    precedent.controls.forEach((slug) => addCitation(citedBy, slug, unit));
  });
  glossary.forEach((term, index) => {
    const unit: Citation = {kind: 'glossary', id: term.slug, title: term.term, url: term.url};
    collectCitations(glossaryFiles[index].tree, term.origin.file, registry, () => unit, citedBy, warnings);
  });
  controls.forEach((control, index) => {
    const unit: Citation = {kind: 'control', id: control.slug, title: control.title, url: control.url};
    collectCitations(controlFiles[index].tree, control.origin.file, registry, () => unit, citedBy, warnings);
  });
  // An entry's own page mentions it throughout; that is not a citation.
  for (const control of controls) {
    const list = (citedBy.get(control.slug) ?? []).filter((c) => !(c.kind === 'control' && c.id === control.slug));
    citedBy.set(control.slug, list);
  }

  const base = {
    taxonomy,
    chapters: parsedChapters.map((p) => p.chapter).sort((a, b) => a.chapter - b.chapter),
    recommendations,
    controls,
    precedents,
    glossary,
  };
  const catalogue = buildCatalogue({...base, editions, training: [], paths: [], citedBy: {}, warnings: []});
  const trainingFiles = folder('training');
  const training = trainingFiles.map((md) => errors.collect(() => parseTrainingChapter(md, base.chapters, ROUTES.training))).filter((t) => t !== undefined);
  const knownRefs = new Set(catalogue.map((item) => item.ref));
  const paths = listFiles(path.join(contentDir, 'training', 'paths'), '.yml')
    .map((file) => errors.collect(() => parseReadingPath(file, taxonomy, knownRefs)))
    .filter((p) => p !== undefined);
  errors.throwIfAny();

  return {
    registry,
    snapshots,
    kb: {
      editions,
      training,
      paths,
      catalogue,
      taxonomy,
      chapters: parsedChapters.map((p) => p.chapter).sort((a, b) => a.chapter - b.chapter),
      recommendations: recommendations.sort((a, b) => recommendationSortKey(a.id) - recommendationSortKey(b.id)),
      controls,
      precedents: precedents.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
      glossary,
      citedBy: Object.fromEntries(controls.map((c) => [c.slug, citedBy.get(c.slug) ?? []])),
      warnings,
    },
  };
}

/**
 * The frozen copy of each edition before the current one (the current edition's text is the
 * content itself). Every listed edition needs its folder, and every folder a listed edition.
 */
function loadSnapshots(contentDir: string, editions: Edition[], candidate: Edition | undefined, errors: ErrorList): Map<string, EditionSnapshot> {
  const snapshots = new Map<string, EditionSnapshot>();
  const listed = new Set(editions.map((e) => e.id));
  for (const edition of editions) {
    if (edition === candidate) continue;
    const snapshot = readSnapshot(contentDir, edition.id);
    if (snapshot) snapshots.set(edition.id, snapshot);
    else {
      const latest = edition === editions.at(-1);
      errors.add(new ContentError(editionsFile(contentDir), 1, `edition ${edition.id} has no frozen copy (${path.relative(contentDir, snapshotFile(contentDir, edition.id))})`, latest ? `freeze it with \`npm run edition -- ${edition.id} --refresh\`` : 'restore the folder from version control; an old edition cannot be re-cut'));
    }
  }
  for (const id of frozenEditionIds(contentDir)) {
    if (!listed.has(id)) errors.add(new ContentError(path.join(contentDir, EDITIONS_DIR, id), 1, `folder for edition "${id}" is not listed in content/editions.yml`, `add the edition to content/editions.yml, or delete the folder`));
  }
  return snapshots;
}

function checkUniqueChapters(parsed: ParsedChapter[], errors: ErrorList): void {
  const seen = new Map<number, string>();
  for (const {chapter} of parsed) {
    const first = seen.get(chapter.chapter);
    if (first) errors.add(new ContentError(chapter.origin.file, 1, `chapter ${chapter.chapter} is also ${first}`, 'give each chapter its own number'));
    seen.set(chapter.chapter, chapter.origin.file);
  }
}

function checkRecommendationIds(recommendations: KnowledgeBase['recommendations'], errors: ErrorList): void {
  const first = new Map<string, KnowledgeBase['recommendations'][number]>();
  for (const recommendation of recommendations) {
    const earlier = first.get(recommendation.id);
    if (earlier) {
      const used = recommendations.filter((r) => r.chapter === recommendation.chapter).map((r) => Number(r.id.split('.')[1]));
      errors.add(new ContentError(
        recommendation.origin.file,
        recommendation.origin.line,
        `duplicate recommendation ID ${recommendation.id} (first used at line ${earlier.origin.line})`,
        `IDs never change meaning: give this one the next free ID, R${recommendation.chapter}.${Math.max(...used) + 1}`,
      ));
    } else {
      first.set(recommendation.id, recommendation);
    }
  }
  for (const recommendation of recommendations) {
    if (recommendation.successor && !first.has(recommendation.successor)) {
      errors.add(new ContentError(recommendation.origin.file, recommendation.origin.line, `successor ${recommendation.successor} of ${recommendation.id} does not exist`, 'point `successor` at a published recommendation'));
    }
  }
}

function nearestOf(target: string, candidates: string[]): string {
  const words = new Set(target.split('-'));
  return [...candidates].sort((a, b) => overlap(b, words) - overlap(a, words))[0] ?? 'it-2016-…';
}

function overlap(candidate: string, words: Set<string>): number {
  return candidate.split('-').filter((word) => words.has(word)).length;
}

/** Files that make up the content, for cache keys and dev-server watching. */
export function contentFiles(contentDir: string): string[] {
  return [
    path.join(contentDir, 'taxonomy.yml'),
    ...CONTENT_FOLDERS.flatMap((name) => listMarkdown(path.join(contentDir, name))),
    ...listFiles(path.join(contentDir, 'training', 'paths'), '.yml'),
    editionsFile(contentDir),
    ...frozenEditionIds(contentDir).map((id) => snapshotFile(contentDir, id)),
  ].filter((file) => fs.existsSync(file));
}

let cached: {key: string; limits: ContentLimits; loaded: LoadedKnowledgeBase} | undefined;

/**
 * The knowledge base, re-parsed only when a content file changed. Remark plugins call this
 * for every page they compile, so it must be cheap when nothing changed. The kb-content plugin
 * passes the configured `limits` (it loads first); callers that pass none reuse them.
 */
export function loadKnowledgeBase(contentDir: string, limits?: ContentLimits): LoadedKnowledgeBase {
  const key = [...contentFiles(contentDir), ...listMdx(contentDir)]
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
  const wanted = limits ?? cached?.limits ?? DEFAULT_CONTENT_LIMITS;
  if (cached?.key !== key || cached.limits.maxFileKB !== wanted.maxFileKB) cached = {key, limits: wanted, loaded: loadKnowledgeBaseUncached(contentDir, wanted)};
  return cached.loaded;
}

/** MDX files are refused, but a new one must still invalidate the cache so the refusal shows. */
function listMdx(contentDir: string): string[] {
  return CONTENT_FOLDERS.flatMap((name) => listFiles(path.join(contentDir, name), '.mdx'));
}
