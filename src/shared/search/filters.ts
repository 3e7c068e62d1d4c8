import type {Chunk, SearchFilters} from './types';

/** The current edition by default; an earlier one swaps in its wording of what changed since. */
function inEdition(chunk: Chunk, edition: string | undefined): boolean {
  if (!edition) return chunk.edition === undefined;
  return chunk.edition === edition || (chunk.edition === undefined && !chunk.changedSince?.includes(edition));
}

/**
 * Whether a chunk passes the filters. Filters combine: any selected value within a facet, every
 * facet. A chunk without a facet (a precedent has no audience) fails a filter on that facet.
 */
export function passesFilters(chunk: Chunk, filters: SearchFilters | undefined): boolean {
  if (!inEdition(chunk, filters?.edition)) return false;
  if (!filters) return true;
  if (filters.types?.length && !filters.types.includes(chunk.type)) return false;
  for (const facet of ['audience', 'theme', 'pillar', 'jurisdiction'] as const) {
    const wanted = filters[facet];
    if (wanted?.length && !wanted.some((value) => chunk[facet].includes(value))) return false;
  }
  if (filters.yearFrom !== undefined && (chunk.year === undefined || chunk.year < filters.yearFrom)) return false;
  if (filters.yearTo !== undefined && (chunk.year === undefined || chunk.year > filters.yearTo)) return false;
  return true;
}
