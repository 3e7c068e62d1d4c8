import type {KnowledgeBase, Recommendation} from '../kb-content/types';
import {TAG_FACETS} from '../kb-content/types';
import type {CitationSubject} from '../../src/shared/citation';

export interface RecommendationCardData {
  id: string;
  anchor: string;
  title: string;
  status: Recommendation['status'];
  successor?: {id: string; url: string; title: string};
  tags: {facet: string; value: string; label: string; url: string}[];
  controls: {slug: string; title: string; url: string}[];
  /** Made into text in the browser (src/shared/citation.ts), with the reader's address and the page's date. */
  citation: Pick<CitationSubject, 'label' | 'path'>;
}

/** What a recommendation card shows. */
export function recommendationPayload(recommendation: Recommendation, kb: KnowledgeBase, indexUrl: string): RecommendationCardData {
  const successor = kb.recommendations.find((r) => r.id === recommendation.successor);
  const controls = new Map(kb.controls.map((c) => [c.slug, c]));
  return {
    id: recommendation.id,
    anchor: recommendation.anchor,
    title: recommendation.title,
    status: recommendation.status,
    successor: successor && {id: successor.id, url: successor.url, title: successor.title},
    tags: TAG_FACETS.flatMap((facet) =>
      recommendation[facet].map((value) => ({facet, value, label: kb.taxonomy[facet][value], url: `${indexUrl}?${facet}=${value}`})),
    ),
    controls: recommendation.controls.map((slug) => ({slug, title: controls.get(slug)?.title ?? slug, url: controls.get(slug)?.url ?? ''})),
    citation: {label: `Recommendation ${recommendation.id}: "${recommendation.title}" (Chapter ${recommendation.chapter}, ${recommendation.chapterTitle})`, path: recommendation.url},
  };
}
