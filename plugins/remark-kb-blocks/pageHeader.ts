import type {Data} from 'mdast';
import {componentData} from '../kb-content/payload';
import type {PageKind} from '../kb-content/pageKind';
import type {HistoryEntry, KnowledgeBase, SourceRef} from '../kb-content/types';
import {historyItems} from '../kb-content/changes';
import type {SimilarPrecedent} from '../kb-search/similarPrecedents';
import {ROUTES, controlUrls} from '../kb-content/urls';
import type {Root} from 'mdast';
import type {ControlRegistry} from '../../src/shared/controlRegistry';
import {linkControlMentions} from '../remark-control-links/linkControlMentions';

interface BlockNode {
  type: 'kbBlock';
  children: [];
  data: Data;
}

const block = (component: string, payload: unknown): BlockNode => ({type: 'kbBlock', children: [], data: componentData(component, payload)});
const sourcesBlock = (sources: SourceRef[]) => block('kbsources', {sources});
const historyBlock = (kb: KnowledgeBase, id: string, history: HistoryEntry[]) => block('kbhistory', {id, history: historyItems(kb.editions, history)});

/** Text split where it names other entries, each such part with its link (the linker's own rules). */
export type LinkedText = {text: string; url?: string; title?: string}[];

export function linkedText(text: string, registry: ControlRegistry | undefined, selfUrl?: string): LinkedText {
  if (!registry) return [{text}];
  const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]};
  linkControlMentions(tree, {registry, ...controlUrls});
  const paragraph = tree.children[0];
  if (paragraph.type !== 'paragraph') return [{text}];
  return paragraph.children.map((node) =>
    node.type === 'link' && node.url !== selfUrl
      ? {text: node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''), url: node.url, title: node.title ?? undefined}
      : {text: node.type === 'text' ? node.value : node.type === 'link' ? node.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : ''},
  );
}

/** The structured top (and sources at the bottom) of a record's page, from its validated record. */
export function pageHeader(
  kb: KnowledgeBase,
  page: {kind: PageKind; slug: string},
  similar: Record<string, SimilarPrecedent[]> = {},
  registry?: ControlRegistry,
): {top: BlockNode; bottom?: BlockNode | BlockNode[]} | undefined {
  const controlSummary = (slug: string) => {
    const control = kb.controls.find((c) => c.slug === slug);
    return control && {slug, title: control.title, url: control.url, numbers: control.entries.map((e) => e.number)};
  };
  switch (page.kind) {
    case 'guide': {
      const chapter = kb.chapters.find((c) => c.id === page.slug);
      if (!chapter) return undefined;
      return {
        top: block('kbchaptermeta', {
          id: chapter.id,
          chapter: chapter.chapter,
          title: chapter.title,
          summary: chapter.summary,
          url: chapter.url,
          readingMinutes: chapter.readingMinutes,
          wordCount: chapter.wordCount,
          recommendations: chapter.recommendations.length,
          trainingUrl: kb.training.some((t) => t.chapterId === chapter.id) ? `${ROUTES.training}/${chapter.id}` : undefined,
          assignUrl: `${ROUTES.training}/assign?add=${encodeURIComponent(`chapter:${chapter.id}`)}`,
        }),
      };
    }
    case 'controls': {
      const control = kb.controls.find((c) => c.slug === page.slug);
      if (!control) return undefined;
      const terms = new Map(kb.glossary.map((t) => [t.slug, t]));
      return {
        top: block('kbcontrolrecord', {
          slug: control.slug,
          kind: control.kind,
          summary: linkedText(control.summary, registry, control.url),
          entries: control.entries,
          notations: control.notations,
          definitions: control.definitions.map((slug) => ({slug, term: terms.get(slug)?.term ?? slug, url: terms.get(slug)?.url})),
        }),
        bottom: [block('kbcitedby', {citedBy: kb.citedBy[control.slug] ?? []}), sourcesBlock(control.sources), historyBlock(kb, control.slug, control.history)],
      };
    }
    case 'precedents': {
      const precedent = kb.precedents.find((p) => p.id === page.slug);
      if (!precedent) return undefined;
      const recommendations = new Map(kb.recommendations.map((r) => [r.id, r]));
      return {
        top: block('kbprecedentrecord', {
          ...precedent,
          origin: undefined,
          text: undefined,
          history: undefined,
          controls: precedent.controls.map(controlSummary).filter(Boolean),
          relatedRecommendations: precedent.relatedRecommendations.map((id) => ({id, title: recommendations.get(id)?.title, url: recommendations.get(id)?.url})),
          similar: (similar[precedent.id] ?? []).map((s) => ({...s, date: kb.precedents.find((p) => p.id === s.id)?.date ?? ''})),
        }),
        bottom: [sourcesBlock(precedent.sources), historyBlock(kb, precedent.id, precedent.history)],
      };
    }
    case 'glossary': {
      const term = kb.glossary.find((t) => t.slug === page.slug);
      if (!term) return undefined;
      const usedBy = kb.controls.filter((c) => c.definitions.includes(term.slug)).map((c) => controlSummary(c.slug));
      return {top: block('kbtermrecord', {term: term.term, short: term.short, aliases: term.aliases, controls: usedBy}), bottom: [sourcesBlock(term.sources), historyBlock(kb, term.slug, term.history)]};
    }
    case 'training': {
      const training = kb.training.find((t) => t.chapterId === page.slug);
      const chapter = kb.chapters.find((c) => c.id === page.slug);
      if (!training || !chapter) return undefined;
      return {
        top: block('kbtrainingmeta', {
          chapter: {id: chapter.id, chapter: chapter.chapter, title: chapter.title, url: chapter.url, readingMinutes: chapter.readingMinutes},
          minutes: training.minutes,
          summary: training.summary,
          objectives: training.objectives,
          questions: training.questions,
          assignUrl: `${ROUTES.training}/assign?add=${encodeURIComponent(`chapter:${chapter.id}`)}`,
        }),
      };
    }
    default:
      return undefined;
  }
}
