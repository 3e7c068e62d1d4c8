import {useEffect, useRef, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {search} from '../shared/search/ranking';
import type {SearchIndex} from '../shared/search/ranking';
import type {IndexManifest, SearchFilters, SearchResult} from '../shared/search/types';
import {embedQuery, loadIndex, startModel} from './searchClient';
import {mergeBelow} from './mergeBelow';

/** Ranks and records how long it took (read by scripts/bench-browser.ts). */
function timedSearch(...args: Parameters<typeof search>): SearchResult[] {
  const start = performance.now();
  const results = search(...args);
  performance.measure('kb-search-rank', {start, end: performance.now()});
  return results;
}

/**
 * How long a query waits for its hybrid list before the lexical one is shown. A static model
 * embeds in well under a millisecond once loaded, so its first list is the hybrid one: it waits
 * for the model to load (a failure shows keywords at once; the cap is for a link so slow that
 * something is wrong). A transformer gets about 150 ms, then keywords with its hits merged below.
 */
const HYBRID_WAIT_MS = {static: 10_000, onnxruntime: 150} as const;

/**
 * 'lexical': keyword matches shown, semantic hits may still be merged below them.
 * 'lexical-only': semantic ranking could not load (blocked or missing file): keywords only.
 */
export type SearchStatus = 'idle' | 'loading' | 'lexical' | 'lexical-only' | 'hybrid' | 'error';

export function useSearchManifest(): IndexManifest {
  return (usePluginData('kb-search') as {manifest: IndexManifest}).manifest;
}

type ModelState = 'loading' | 'ready' | 'failed';

/** Loads index and model on demand (first focus, or at once on the search page). */
export function useSearchEngine(enabled: boolean): {index?: SearchIndex; model: ModelState; failed: boolean; manifest: IndexManifest} {
  const manifest = useSearchManifest();
  const baseUrl = useBaseUrl('/');
  const [index, setIndex] = useState<SearchIndex>();
  const [model, setModel] = useState<ModelState>('loading');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadIndex(manifest, baseUrl).then((loaded) => live && setIndex(loaded), () => live && setFailed(true));
    startModel(manifest).then(
      () => live && setModel('ready'),
      (error: unknown) => {
        console.warn('Semantic search could not load; keyword search still works:', error);
        if (live) setModel('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [enabled, manifest, baseUrl]);
  return {index, model, failed, manifest};
}

interface SearchState {
  results: SearchResult[];
  status: SearchStatus;
  forQuery: string;
}

/** The ranked state, and the loaded index (for "did you mean" when nothing matched). */
interface HybridSearch extends SearchState {
  index?: SearchIndex;
}

/**
 * Results for a query, never reordered once shown: the hybrid list if it is ready within the
 * engine's wait (HYBRID_WAIT_MS), otherwise the lexical list at once and the hybrid hits it
 * lacks merged below it when they arrive. A late embedding for an older query is dropped.
 */
export function useHybridSearch(query: string, filters: SearchFilters | undefined, limit: number, enabled: boolean): HybridSearch {
  const {index, model, failed, manifest} = useSearchEngine(enabled);
  const [state, setState] = useState<SearchState>({results: [], status: 'idle', forQuery: ''});
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
    const lexical = () => timedSearch(index, query, {filters, limit});
    if (model === 'failed') {
      setState({results: lexical(), status: 'lexical-only', forQuery: query});
      return;
    }
    let shown: SearchResult[] | undefined;
    const fallback = window.setTimeout(() => {
      if (current !== generation.current) return;
      shown = lexical();
      setState({results: shown, status: 'lexical', forQuery: query});
    }, HYBRID_WAIT_MS[manifest.model.engine] ?? HYBRID_WAIT_MS.onnxruntime);
    embedQuery(manifest, query).then(
      (queryVector) => {
        window.clearTimeout(fallback);
        if (current !== generation.current) return;
        const hybrid = timedSearch(index, query, {filters, limit, queryVector});
        setState({results: shown ? mergeBelow(shown, hybrid, limit) : hybrid, status: 'hybrid', forQuery: query});
      },
      () => {
        window.clearTimeout(fallback);
        if (current === generation.current) setState({results: shown ?? lexical(), status: 'lexical-only', forQuery: query});
      },
    );
    return () => window.clearTimeout(fallback);
    // Not rerun when the model becomes ready: the pending embedding resolves then, and a rerun
    // would replace a list already shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, filterKey, limit, index, model === 'failed', failed, manifest]);
  return {...state, index};
}
