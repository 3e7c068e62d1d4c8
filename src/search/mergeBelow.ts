import type {SearchResult} from '../shared/search/types';

/**
 * Results the reader is already looking at keep their places: later (hybrid) hits that are not
 * shown yet go below them, in their own order, up to `limit`. Shown results that the later
 * ranking dropped stay too: taking a line away under the reader's eyes moves the rest up.
 */
export function mergeBelow(shown: readonly SearchResult[], later: readonly SearchResult[], limit: number): SearchResult[] {
  const ids = new Set(shown.map((r) => r.chunk.id));
  const added = later.filter((r) => !ids.has(r.chunk.id));
  return [...shown, ...added].slice(0, Math.max(limit, shown.length));
}
