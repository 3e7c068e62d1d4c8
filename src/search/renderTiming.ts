import {useEffect} from 'react';
import type {SearchStatus} from './useHybridSearch';

/**
 * Timing of "typed → hybrid results on screen", recorded with the User Timing API so the
 * browser benchmark reads what the page itself measured (no polling error).
 */
export function markQueryInput(): void {
  performance.mark('kb-search-input');
}

/** Measures from the last input mark once hybrid results for the current query are committed. */
export function useMeasureRender(status: SearchStatus, forQuery: string, query: string): void {
  useEffect(() => {
    if (status !== 'hybrid' || forQuery !== query || performance.getEntriesByName('kb-search-input').length === 0) return;
    performance.measure('kb-search-input-to-render', 'kb-search-input');
    performance.clearMarks('kb-search-input');
  }, [status, forQuery, query]);
}
