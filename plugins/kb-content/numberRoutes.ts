import {notationsOf, parseControlNumber} from '../../src/shared/notation';
import {parseRecommendationId, recommendationAnchor} from '../../src/shared/recommendationId';
import {numberedTitle} from './recordTitle';
import {ROUTES} from './urls';
import type {KnowledgeBase} from './types';

export interface NumberRoute {
  /** The address as someone types it: `/controls/4a5`. */
  path: string;
  /** The canonical page: `/controls/intrusion-software-systems`. */
  to: string;
  /** What the number names, for the page a reader sees if the redirect does not happen. */
  label: string;
}

/**
 * Every way of writing an entry number or recommendation ID as an address, each pointing at
 * its canonical page: `/controls/4A005`, `/controls/4.A.5`, `/controls/4a5`, `/recommendations/R5.3`,
 * `/recommendations/r5-3`. Spellings come from the notation module, so the addresses accept
 * exactly what the search and the linker accept. Upper- and lower-case are both published
 * (static files are case-sensitive); a spelling that is already a page's own address is skipped.
 */
export function numberRoutes(kb: KnowledgeBase): NumberRoute[] {
  const taken = new Set(kb.controls.map((c) => c.url));
  const routes = new Map<string, NumberRoute>();
  const add = (base: string, spellings: string[], to: string, label: string) => {
    for (const spelling of spellings.flatMap((s) => [s, s.toLowerCase()])) {
      const path = `${base}/${spelling}`;
      if (!/^[\w.-]+$/.test(spelling) || taken.has(path) || routes.has(path)) continue;
      routes.set(path, {path, to, label});
    }
  };
  for (const control of kb.controls) {
    for (const entry of control.entries) {
      const number = parseControlNumber(entry.number);
      if (number) add(ROUTES.controls, notationsOf(number), control.url, numberedTitle(control.title, control.entries));
    }
  }
  for (const recommendation of kb.recommendations) {
    const id = parseRecommendationId(recommendation.id);
    if (!id) continue;
    add(ROUTES.recommendations, [recommendation.id, recommendationAnchor(id), `R${id.chapter}-${id.number}`], recommendation.url, `${recommendation.id}: ${recommendation.title}`);
  }
  return [...routes.values()];
}
