import React, {useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {usePluginData} from '@docusaurus/useGlobalData';
import EmptyState from '@site/src/components/EmptyState';
import FacetGroup from '@site/src/components/FacetGroup';
import FilterPanel from '@site/src/components/FilterPanel';
import ResultItem from '@site/src/components/search/ResultItem';
import NoResults from '@site/src/components/search/NoResults';
import {toggled, useUrlState} from '@site/src/components/useUrlState';
import {useEditions} from '@site/src/components/editions/useEditions';
import {formatPartialDate} from '@site/src/shared/dates';
import {useHybridSearch, useSearchEngine} from '@site/src/search/useHybridSearch';
import {markQueryInput, useMeasureRender} from '@site/src/search/renderTiming';
import {CHUNK_TYPE_LABELS, CHUNK_TYPES, type ChunkType, type SearchFilters} from '@site/src/shared/search/types';

const LIMIT = 50;
type Facet = 'audience' | 'theme' | 'jurisdiction';

/**
 * All results for a query, with filters by type, audience, theme, jurisdiction and years. The
 * whole view lives in the URL, so a search can be shared or bookmarked.
 */
export default function SearchPage(): ReactNode {
  const url = useUrlState();
  const {taxonomy} = usePluginData('kb-content') as {taxonomy: Record<'audience' | 'theme', Record<string, string>>};
  const query = url.get('q');
  const [draft, setDraft] = useState<string | undefined>();
  const types = url.getAll('type') as ChunkType[];
  const facets: Record<Facet, string[]> = {audience: url.getAll('audience'), theme: url.getAll('theme'), jurisdiction: url.getAll('jurisdiction')};
  const yearFrom = Number(url.get('from')) || undefined;
  const yearTo = Number(url.get('to')) || undefined;
  // Earlier editions' wording of the recommendations is searchable; the current edition by default.
  const editions = useEditions();
  const earlier = editions.slice(0, -1).reverse();
  const edition = earlier.some((e) => e.id === url.get('edition')) ? url.get('edition') : undefined;
  const filters: SearchFilters = {types, ...facets, yearFrom, yearTo, ...(edition ? {edition} : {})};
  const {index} = useSearchEngine(true);
  const {results, status, forQuery} = useHybridSearch(query, filters, LIMIT, true);
  useMeasureRender(status, forQuery, query);

  const jurisdictions = useMemo(() => [...new Set(index?.meta.chunks.flatMap((c) => c.jurisdiction) ?? [])].sort(), [index]);
  const label = (facet: Facet, value: string) => (facet === 'jurisdiction' ? value : taxonomy[facet][value] ?? value);
  const options: Record<Facet, string[]> = {audience: Object.keys(taxonomy.audience), theme: Object.keys(taxonomy.theme), jurisdiction: jurisdictions};
  const legends: Record<Facet, string> = {audience: 'Audience', theme: 'Theme', jurisdiction: 'Jurisdiction'};
  // Counts describe the results on screen (what is left after every filter), not the whole site;
  // before a query there are no results, so they describe the site.
  const counted = query.trim() ? results.map((r) => r.chunk) : index?.meta.chunks ?? [];
  const active = types.length + Object.values(facets).reduce((n, values) => n + values.length, 0) + (yearFrom ? 1 : 0) + (yearTo ? 1 : 0) + (edition ? 1 : 0);
  const clear = () => url.set({type: undefined, audience: undefined, theme: undefined, jurisdiction: undefined, from: undefined, to: undefined, edition: undefined});
  const statusText =
    status === 'loading' && results.length === 0
      ? 'Loading the search index…'
      : status === 'error'
        ? 'Search is unavailable: the index could not be loaded.'
        : query.trim()
          ? `${results.length}${results.length === LIMIT ? '+' : ''} results${status === 'lexical' ? ' (keyword matches; semantic ranking is loading)' : status === 'lexical-only' ? ' (keyword matches only: semantic ranking is unavailable)' : ''}`
          : 'Type a question or an entry number.';

  return (
    <Layout title={query ? `Search: ${query}` : 'Search'} description="Search the guide, control-list entries, precedents and glossary.">
      <main className="container margin-vert--lg kb-index">
        <h1>Search</h1>
        <form
          className="kb-toolbar"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            url.set({q: draft ?? query});
            setDraft(undefined);
          }}
        >
          <label htmlFor="search-page-input" className="kb-visually-hidden">
            Search query
          </label>
          <input
            id="search-page-input"
            className="kb-search-page__input"
            type="search"
            name="q"
            value={draft ?? query}
            placeholder="e.g. spyware sold to a police force abroad, what checks?"
            onChange={(event) => {
              markQueryInput();
              setDraft(event.target.value);
              url.set({q: event.target.value || undefined});
            }}
          />
          <button type="submit" className="kb-button">
            Search
          </button>
        </form>
        <div className="kb-index__layout">
          <FilterPanel active={active} statusId="search-status" status={statusText} statusAttributes={{'data-status': status, 'data-query': forQuery}} onClear={clear}>
            <FacetGroup
              name="type"
              legend="Type"
              options={CHUNK_TYPES.map((type) => ({value: type, label: CHUNK_TYPE_LABELS[type], count: counted.filter((c) => c.type === type).length}))}
              selected={types}
              onToggle={(value) => url.set({type: toggled(types, value)})}
            />
            {(['audience', 'theme', 'jurisdiction'] as Facet[]).map((facet) => (
              <FacetGroup
                key={facet}
                name={facet}
                legend={legends[facet]}
                options={options[facet].map((value) => ({value, label: label(facet, value), count: counted.filter((c) => c[facet].includes(value)).length}))}
                selected={facets[facet]}
                onToggle={(value) => url.set({[facet]: toggled(facets[facet], value)})}
              />
            ))}
            <fieldset className="kb-facet">
              <legend>Years</legend>
              <label className="kb-control">
                <span>From</span> <input type="number" name="from" min={1990} max={2100} value={yearFrom ?? ''} onChange={(e) => url.set({from: e.target.value || undefined})} />
              </label>{' '}
              <label className="kb-control">
                <span>to</span> <input type="number" name="to" min={1990} max={2100} value={yearTo ?? ''} onChange={(e) => url.set({to: e.target.value || undefined})} />
              </label>
            </fieldset>
            {earlier.length > 0 && (
              <fieldset className="kb-facet" data-facet="edition">
                <legend>Edition</legend>
                {[{id: '', label: `Current (${editions.at(-1)!.id}, ${formatPartialDate(editions.at(-1)!.date)})`}, ...earlier.map((e) => ({id: e.id, label: `${e.id} (${formatPartialDate(e.date)})`}))].map((option) => (
                  <label key={option.id || 'current'} className="kb-facet__option">
                    <input type="radio" name="edition" value={option.id} checked={(edition ?? '') === option.id} onChange={() => url.set({edition: option.id || undefined})} /> {option.label}
                  </label>
                ))}
              </fieldset>
            )}
          </FilterPanel>
          <section aria-labelledby="search-status">
            {query.trim() && results.length === 0 && (status === 'hybrid' || status === 'lexical' || status === 'lexical-only') && <EmptyState what="results" words="" onClear={active > 0 ? clear : undefined} />}
            <ol className="kb-results" data-query={forQuery}>
              {results.map((result) => (
                <ResultItem key={result.chunk.id} result={result} />
              ))}
            </ol>
            {query.trim() && forQuery === query && status === 'hybrid' && results.length === 0 && <NoResults query={query} index={index} onSuggest={(suggestion) => url.set({q: suggestion})} />}
          </section>
        </div>
      </main>
    </Layout>
  );
}
