import type {KnowledgeBase} from '../kb-content/types';
import {frozenUrl, type EditionSnapshot} from '../kb-content/snapshots';
import type {Chunk} from '../../src/shared/search/types';
import {notationsOf, parseControlNumber} from '../../src/shared/notation';
import {REGIME_NAMES} from '../kb-content/types';
import {refs} from '../kb-content/refs';
import {isStandaloneSection} from '../kb-content/catalogue';
import {ROUTES} from '../kb-content/urls';
import {readingPathAnchor, scenarioAnchor, TRAINING_ANCHORS} from '../../src/shared/trainingAnchors';

const uniq = <T>(values: T[]) => [...new Set(values)];

/**
 * Cuts the knowledge base into search chunks: each chapter section (with its anchor), each
 * recommendation, control entry, precedent and glossary term, with the metadata the filters
 * and the result list need. Reads our own parse of the content, never the built HTML.
 */
export function chunkContent(kb: KnowledgeBase, snapshots: Map<string, EditionSnapshot> = new Map()): Chunk[] {
  const chunks: Chunk[] = [];
  const base = {audience: [], theme: [], pillar: [], jurisdiction: [], keywords: []};
  for (const chapter of kb.chapters) {
    for (const section of chapter.sections) {
      if (!isStandaloneSection(section)) continue;
      chunks.push({
        ...base,
        id: refs.section(chapter.id, section.anchor),
        type: 'section',
        title: section.title,
        context: `Chapter ${chapter.chapter}: ${chapter.title}`,
        url: section.url,
        chapter: chapter.chapter,
        text: section.text,
      });
    }
  }
  for (const r of kb.recommendations) {
    chunks.push({
      ...base,
      id: refs.recommendation(r.id),
      type: 'recommendation',
      title: `${r.id} ${r.title}`,
      context: `Chapter ${r.chapter}: ${r.chapterTitle}`,
      url: r.url,
      chapter: r.chapter,
      audience: r.audience,
      theme: r.theme,
      pillar: r.pillar,
      keywords: [r.id],
      text: r.status === 'withdrawn' ? `Withdrawn. ${r.text}` : r.text,
    });
  }
  for (const c of kb.controls) {
    const numbers = c.entries.map((e) => e.number);
    const years = c.entries.map((e) => Number(e.added?.slice(0, 4))).filter((y) => y > 0);
    chunks.push({
      ...base,
      id: refs.control(c.slug),
      type: 'control',
      title: `${uniq(numbers).join(' / ')}: ${c.title}`,
      url: c.url,
      jurisdiction: uniq(c.entries.map((e) => REGIME_NAMES[e.regime])),
      year: years.length ? Math.min(...years) : undefined,
      keywords: uniq([...numbers, ...numbers.flatMap((n) => {
        const parsed = parseControlNumber(n);
        return parsed ? notationsOf(parsed) : [];
      }), ...c.aliases]),
      text: `${c.summary}\n\n${c.text}`,
    });
  }
  for (const p of kb.precedents) {
    chunks.push({
      ...base,
      id: refs.precedent(p.id),
      type: 'precedent',
      title: p.title,
      url: p.url,
      jurisdiction: p.states,
      year: p.year,
      keywords: [p.id],
      text: `${p.actor}. ${p.authority}. ${p.items.join('; ')}. ${p.outcome}\n\n${p.text}`,
    });
  }
  for (const t of kb.glossary) {
    chunks.push({
      ...base,
      id: refs.term(t.slug),
      type: 'term',
      title: t.term,
      url: t.url,
      keywords: t.aliases,
      text: `${t.short}\n\n${t.text}`,
    });
  }
  chunks.push(...trainingChunks(kb));
  chunks.push(...earlierWordings(kb, snapshots, chunks));
  return chunks;
}

/**
 * The training material: per session its objectives and its discussion questions, each worked
 * scenario (learner-facing text only; facilitator's notes are separate blocks and left out),
 * and each reading path, anchored to where the page shows them.
 */
function trainingChunks(kb: KnowledgeBase): Chunk[] {
  const base = {audience: [], theme: [], pillar: [], jurisdiction: []};
  const chunks: Chunk[] = [];
  for (const session of kb.training) {
    const chapter = kb.chapters.find((c) => c.id === session.chapterId);
    const shared = {...base, chapter: chapter?.chapter, context: session.title, keywords: [], assign: [refs.chapter(session.chapterId)]};
    const at = (anchor: string) => `${session.url}#${anchor}`;
    chunks.push({
      ...shared,
      id: `training:${session.chapterId}#${TRAINING_ANCHORS.objectives}`,
      type: 'training',
      trainingKind: 'objectives',
      title: `Learning objectives: ${session.title.replace(/^Training:\s*/, '')}`,
      url: at(TRAINING_ANCHORS.objectives),
      text: `${session.summary}\n\n${session.objectives.join('\n')}`,
    });
    chunks.push({
      ...shared,
      id: `training:${session.chapterId}#${TRAINING_ANCHORS.questions}`,
      type: 'training',
      trainingKind: 'questions',
      title: `Discussion questions: ${session.title.replace(/^Training:\s*/, '')}`,
      url: at(TRAINING_ANCHORS.questions),
      text: session.questions.join('\n'),
    });
    for (const scenario of session.worked) {
      chunks.push({
        ...shared,
        id: `scenario:${session.chapterId}#${scenarioAnchor(scenario.title)}`,
        type: 'scenario',
        trainingKind: 'scenario',
        title: scenario.title,
        url: at(scenarioAnchor(scenario.title)),
        text: scenario.text,
      });
    }
  }
  for (const path of kb.paths) {
    const titles = path.items.map((item) => kb.catalogue.find((c) => c.ref === item.ref)?.title ?? item.ref);
    chunks.push({
      ...base,
      id: `training:path-${path.id}`,
      type: 'training',
      trainingKind: 'path',
      title: `Reading path: ${path.title}`,
      context: `${path.minutes}-minute reading path`,
      url: `${ROUTES.training}#${readingPathAnchor(path.id)}`,
      audience: [path.audience],
      keywords: [],
      assign: path.items.map((item) => item.ref),
      text: `${path.description}\n\n${path.items.map((item, i) => `${titles[i]}: ${item.note}`).join('\n')}`,
    });
  }
  return chunks;
}

/**
 * Recommendations as an earlier edition worded them, where the wording has changed since: so
 * search can be filtered to that edition without indexing unchanged text twice.
 */
function earlierWordings(kb: KnowledgeBase, snapshots: Map<string, EditionSnapshot>, chunks: Chunk[]): Chunk[] {
  const current = new Map(kb.recommendations.map((r) => [r.id, r]));
  const currentChunks = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  const earlier: Chunk[] = [];
  for (const edition of kb.editions.slice(0, -1)) {
    for (const old of snapshots.get(edition.id)?.recommendations ?? []) {
      const now = current.get(old.id);
      if (now && now.title === old.title && now.text === old.text && now.status === old.status) continue;
      const id = refs.recommendation(old.id);
      const chunk = currentChunks.get(id);
      if (chunk) chunk.changedSince = [...(chunk.changedSince ?? []), edition.id];
      earlier.push({
        id: `${id}@${edition.id}`,
        type: 'recommendation',
        title: `${old.id} ${old.title} (edition ${edition.id})`,
        context: `Chapter ${old.chapter}: ${old.chapterTitle}`,
        url: frozenUrl(old.url, edition.id),
        chapter: old.chapter,
        audience: old.audience,
        theme: old.theme,
        pillar: old.pillar,
        jurisdiction: [],
        keywords: [old.id],
        text: old.status === 'withdrawn' ? `Withdrawn. ${old.text}` : old.text,
        edition: edition.id,
      });
    }
  }
  return earlier;
}

/** What the model reads for a chunk: the title carries much of the meaning. */
export function embeddingText(chunk: Chunk): string {
  return `${chunk.title}. ${chunk.text}`;
}
