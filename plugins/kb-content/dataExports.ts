import {toCsv} from './csv';
import type {KnowledgeBase, Versioned} from './types';

/**
 * What every exported item says about editions: the edition the file belongs to, the edition
 * the item last changed in, and its history without authoring details.
 */
export function versionFields(kb: Pick<KnowledgeBase, 'editions'>, item: Versioned) {
  return {
    edition: kb.editions.at(-1)?.id ?? '',
    last_changed: item.lastChanged,
    history: item.history.map(({edition, change, note, successor}) => ({edition, change, note, ...(successor ? {successor} : {})})),
    lastChanged: undefined,
  };
}

/**
 * The public data files: the same records the pages show, for officers who work in a
 * spreadsheet and for other tools. Paths are relative to the site root.
 */
export function dataExports(kb: KnowledgeBase, siteUrl: string): Record<string, string> {
  const absolute = (url: string) => new URL(url, siteUrl).href;
  const recommendations = kb.recommendations.map(({origin: _origin, ...rest}) => ({...rest, ...versionFields(kb, rest), url: absolute(rest.url)}));
  const precedents = kb.precedents.map(({origin: _origin, ...rest}) => ({...rest, ...versionFields(kb, rest), url: absolute(rest.url)}));
  const controls = kb.controls.map(({origin: _origin, text: _text, ...rest}) => ({
    ...rest,
    ...versionFields(kb, rest),
    url: absolute(rest.url),
    equivalents: rest.entries.map((entry) => ({regime: entry.regime, number: entry.number})),
    citedBy: kb.citedBy[rest.slug].map((citation) => ({...citation, url: absolute(citation.url)})),
  }));
  return {
    'recommendations.json': JSON.stringify(recommendations, null, 2),
    'recommendations.csv': toCsv(recommendations, ['id', 'status', 'successor', 'edition', 'last_changed', 'chapter', 'chapterId', 'chapterTitle', 'title', 'audience', 'theme', 'pillar', 'controls', 'precedents', 'url', 'anchor', 'text']),
    'controls.json': JSON.stringify(controls, null, 2),
    'precedents.json': JSON.stringify(precedents, null, 2),
    'precedents.csv': toCsv(
      precedents.map((p) => ({...p, sources: p.sources.map((s) => s.url)})),
      ['id', 'edition', 'last_changed', 'date', 'year', 'state', 'participants', 'authority', 'actor', 'action', 'title', 'items', 'controls', 'controlsBasis', 'destinations', 'outcome', 'sources', 'relatedRecommendations', 'url', 'text'],
    ),
  };
}
