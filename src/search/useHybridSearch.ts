import {useEffect, useRef, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {search} from '../shared/search/ranking';
import type {SearchIndex} from '../shared/search/ranking';
import type {IndexManifest, SearchFilters, SearchResult} from '../shared/search/types';
import {embedQuery, loadIndex, startModel} from './searchClient';

/** Ranks and records how long it took (read by scripts/bench-browser.ts). */
function timedSearch(...args: Parameters<typeof search>): SearchResult[] {
  const start = performance.now();
  const results = search(...args);
  performance.measure('kb-search-rank', {start, end: performance.now()});
  return results;
}

const LEXICAL_GRACE_MS = 50;

export type SearchStatus = 'idle' | 'loading' | 'lexical' | 'hybrid' | 'error';

export function useSearchManifest(): IndexManifest {
  return (usePluginData('kb-search') as {manifest: IndexManifest}).manifest;
}

/** Loads index and model on demand (first focus, or at once on the search page). */
export function useSearchEngine(enabled: boolean): {index?: SearchIndex; modelReady: boolean; failed: boolean; manifest: IndexManifest} {
  const manifest = useSearchManifest();
  const baseUrl = useBaseUrl('/');
  const [index, setIndex] = useState<SearchIndex>();
  const [modelReady, setModelReady] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadIndex(manifest, baseUrl).then((loaded) => live && setIndex(loaded), () => live && setFailed(true));
    startModel(manifest).then(() => live && setModelReady(true), () => undefined);
    return () => {
      live = false;
    };
  }, [enabled, manifest, baseUrl]);
  return {index, modelReady, failed, manifest};
}

/**
 * Results for a query: lexical at once, then hybrid when the query's embedding arrives. A
 * late embedding for an older query is dropped, so results never go backwards.
 */
export function useHybridSearch(
  query: string,
  filters: SearchFilters | undefined,
  limit: number,
  enabled: boolean,
): {results: SearchResult[]; status: SearchStatus; forQuery: string} {
  const {index, modelReady, failed, manifest} = useSearchEngine(enabled);
  const [state, setState] = useState<{results: SearchResult[]; status: SearchStatus; forQuery: string}>({results: [], status: 'idle', forQuery: ''});
  const generation = useRef(0);
  const filterKey = JSON.stringify(filters ?? {});
  useEffect(() => {
    const current = ++generation.current;
    if (!query.trim()) {
      setState({results: [], status: 'idle', forQuery: query});
      return;
    }
    if (failed) {
      setState({results: [], status: 'error', forQuery: query});
      return;
    }
    if (!index) {
      setState((s) => ({...s, status: 'loading'}));
      return;
    }
    const showLexical = () => setState({results: timedSearch(index, query, {filters, limit}), status: modelReady ? 'loading' : 'lexical', forQuery: query});
    if (!modelReady) {
      showLexical();
      return;
    }
    // With the model warm the hybrid list usually arrives within a frame or two: show the
    // lexical one only if it does not, so the list is not rendered twice.
    const fallback = window.setTimeout(() => current === generation.current && showLexical(), LEXICAL_GRACE_MS);
    embedQuery(manifest, query).then(
      (queryVector) => {
        window.clearTimeout(fallback);
        if (current === generation.current) setState({results: timedSearch(index, query, {filters, limit, queryVector}), status: 'hybrid', forQuery: query});
      },
      () => {
        window.clearTimeout(fallback);
        if (current === generation.current) showLexical();
      },
    );
    return () => window.clearTimeout(fallback);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, filterKey, limit, index, modelReady, failed, manifest]);
  return state;
}
