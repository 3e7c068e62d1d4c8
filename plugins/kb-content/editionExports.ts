import {editionChanges} from './changes';
import {changesFeed, FEED_FILE} from './feed';
import {frozenUrl, type EditionSnapshot} from './snapshots';
import type {KnowledgeBase} from './types';

/**
 * Files that exist per edition: `data/<id>/recommendations.json` (the recommendations as that
 * edition published them, linking to its frozen pages) and the Atom feed of changes. Called only
 * after the content, histories included, validated.
 */
export function editionExports(kb: KnowledgeBase, snapshots: Map<string, EditionSnapshot>, siteUrl: string, siteTitle: string): Record<string, string> {
  const absolute = (url: string) => new URL(url, siteUrl).href;
  const current = kb.editions.at(-1)?.id;
  const files: Record<string, string> = {};
  for (const edition of kb.editions) {
    const recommendations = edition.id === current
      ? kb.recommendations.map(({origin: _o, history: _h, lastChanged: _l, ...rest}) => rest)
      : (snapshots.get(edition.id)?.recommendations ?? []);
    files[`data/${edition.id}/recommendations.json`] = JSON.stringify(
      recommendations.map((r) => ({...r, edition: edition.id, url: absolute(frozenUrl(r.url, edition.id))})),
      null,
      2,
    );
  }
  files[FEED_FILE] = changesFeed(editionChanges(kb, snapshots), siteUrl, siteTitle);
  return files;
}
