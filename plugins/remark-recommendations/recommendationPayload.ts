import {historyItems, type HistoryItem} from '../kb-content/changes';
import {frozenUrl} from '../kb-content/snapshots';
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
  /** The edition the card shows (the current one, or the frozen edition of the page). */
  edition?: {id: string; date: string; url: string};
  /** On a frozen page: where the current text is, if the recommendation is still in the guide. */
  currentUrl?: string;
  history: HistoryItem[];
  /**
   * Made into text in the browser (src/shared/citation.ts), with the reader's address and the
   * page's date; it names the edition and points at its frozen URL, so the quoted wording can
   * always be found again.
   */
  citation: Pick<CitationSubject, 'label' | 'path' | 'edition'>;
}

/** What a recommendation card shows. */
export function recommendationPayload(recommendation: Recommendation, kb: KnowledgeBase, indexUrl: string, frozenEdition?: string): RecommendationCardData {
  const successor = kb.recommendations.find((r) => r.id === recommendation.successor);
  const controls = new Map(kb.controls.map((c) => [c.slug, c]));
  const edition = kb.editions.find((e) => e.id === (frozenEdition ?? kb.editions.at(-1)?.id));
  const editionUrl = edition ? frozenUrl(recommendation.url, edition.id) : recommendation.url;
  const current = frozenEdition ? kb.recommendations.find((r) => r.id === recommendation.id) : undefined;
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
    edition: edition && {id: edition.id, date: edition.date, url: editionUrl},
    currentUrl: current?.url,
    history: historyItems(kb.editions, recommendation.history, recommendation.anchor),
    citation: {
      label: `Recommendation ${recommendation.id}: "${recommendation.title}" (Chapter ${recommendation.chapter}, ${recommendation.chapterTitle})`,
      path: editionUrl,
      ...(edition ? {edition: {id: edition.id, date: edition.date}} : {}),
    },
  };
}
