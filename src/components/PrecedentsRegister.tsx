import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import EmptyState from './EmptyState';
import FacetGroup from './FacetGroup';
import FilterPanel from './FilterPanel';
import PageStamp from './PageStamp';
import {toggled, useUrlState} from './useUrlState';
import {ACTION_LABELS, formatPartialDate} from './labels';

interface Precedent {
  id: string;
  title: string;
  date: string;
  year: number;
  state: string;
  states: string[];
  actor: string;
  action: string;
  controls: string[];
  destinations: string[];
  outcome: string;
  url: string;
}
interface Data {
  lastUpdatedAt?: number | null;
  precedents: Precedent[];
  controls: {slug: string; title: string; entries: {number: string}[]}[];
}

type Facet = 'action' | 'state' | 'control' | 'destination';
const valuesOf = (p: Precedent, facet: Facet): string[] =>
  facet === 'action' ? [p.action] : facet === 'state' ? p.states : facet === 'control' ? p.controls : p.destinations;

/** Every precedent, with combinable facets, a year range and a timeline view; all in the URL. */
export default function PrecedentsRegister({data}: {data: Data}): ReactNode {
  const url = useUrlState();
  const years = data.precedents.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const from = Number(url.get('from')) || minYear;
  const to = Number(url.get('to')) || maxYear;
  const view = url.get('view') === 'timeline' ? 'timeline' : 'list';
  const selected: Record<Facet, string[]> = {action: url.getAll('action'), state: url.getAll('state'), control: url.getAll('control'), destination: url.getAll('destination')};
  const facets: Facet[] = ['action', 'state', 'control', 'destination'];
  const matches = (p: Precedent, except?: Facet) =>
    p.year >= from && p.year <= to && facets.every((f) => f === except || selected[f].length === 0 || selected[f].some((v) => valuesOf(p, f).includes(v)));
  const shown = data.precedents.filter((p) => matches(p));
  const controlLabel = new Map(data.controls.map((c) => [c.slug, `${c.entries.map((e) => e.number)[0]} ${c.title}`]));
  const labelOf = (facet: Facet, value: string) => (facet === 'action' ? ACTION_LABELS[value] ?? value : facet === 'control' ? controlLabel.get(value) ?? value : value);
  const optionsOf = (facet: Facet) => {
    const all = [...new Set(data.precedents.flatMap((p) => valuesOf(p, facet)))].sort((a, b) => labelOf(facet, a).localeCompare(labelOf(facet, b)));
    return all.map((value) => ({value, label: labelOf(facet, value), count: data.precedents.filter((p) => valuesOf(p, facet).includes(value) && matches(p, facet)).length}));
  };
  const byYear = new Map<number, Precedent[]>();
  for (const p of shown) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  const legends: Record<Facet, string> = {action: 'Action', state: 'State', control: 'Control entry', destination: 'Destination'};
  const active = facets.reduce((n, f) => n + selected[f].length, 0) + (url.get('from') ? 1 : 0) + (url.get('to') ? 1 : 0);
  const clear = () => url.set({action: undefined, state: undefined, control: undefined, destination: undefined, from: undefined, to: undefined});
  const selectedWords = facets.flatMap((f) => selected[f].map((v) => labelOf(f, v)));
  return (
    <Layout title="Precedents" description="Public licensing decisions, revocations, listings and prosecutions on intrusion and surveillance capabilities.">
      <main className="container margin-vert--lg kb-index">
        <h1>Precedents</h1>
        <p>
          Public decisions on transfers of intrusion and surveillance capabilities: licences granted, denied and revoked, listings, sanctions, investigations, prosecutions and rule changes. Each record cites its sources. Data:{' '}
          <a href="/precedents.csv" download>CSV</a>, <a href="/precedents.json">JSON</a>.
        </p>
        <div className="kb-index__layout">
          <FilterPanel active={active} statusId="precedent-count" status={`${shown.length} of ${data.precedents.length} precedents`} onClear={clear}>
            <fieldset className="kb-facet">
              <legend>Years</legend>
              <label>
                From{' '}
                <input type="number" name="from" min={minYear} max={maxYear} value={from} onChange={(e) => url.set({from: e.target.value || undefined})} />
              </label>{' '}
              <label>
                to <input type="number" name="to" min={minYear} max={maxYear} value={to} onChange={(e) => url.set({to: e.target.value || undefined})} />
              </label>
            </fieldset>
            {facets.map((facet) => (
              <FacetGroup key={facet} name={facet} legend={legends[facet]} options={optionsOf(facet)} selected={selected[facet]} onToggle={(value) => url.set({[facet]: toggled(selected[facet], value)})} />
            ))}
          </FilterPanel>
          <section aria-labelledby="precedent-count">
            <div className="kb-toolbar">
              <div role="group" aria-label="View">
                <button type="button" className="kb-button" aria-pressed={view === 'list'} onClick={() => url.set({view: undefined})}>List</button>{' '}
                <button type="button" className="kb-button" aria-pressed={view === 'timeline'} onClick={() => url.set({view: 'timeline'})}>Timeline</button>
              </div>
            </div>
            {shown.length === 0 && <EmptyState what="precedents" words={selectedWords.join(' ')} onClear={clear} />}
            {view === 'list' ? (
              <ol className="kb-index__list" data-view="list">
                {shown.map((p) => (
                  <li key={p.id} data-precedent={p.id}>
                    <Link to={p.url}>{p.title}</Link>
                    <div className="kb-index__meta">
                      {formatPartialDate(p.date)} · {p.state} · {ACTION_LABELS[p.action]} · {p.actor}
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <ol className="kb-timeline" data-view="timeline">
                {[...byYear.entries()].sort(([a], [b]) => a - b).map(([year, items]) => (
                  <li key={year} className="kb-timeline__year">
                    <h2 className="kb-timeline__label">{year}</h2>
                    <ul>
                      {items.map((p) => (
                        <li key={p.id} data-precedent={p.id}>
                          <span className={`kb-badge kb-badge--${p.action}`}>{ACTION_LABELS[p.action]}</span> <Link to={p.url}>{p.title}</Link> <span className="kb-index__meta">({formatPartialDate(p.date)}, {p.state})</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <PageStamp title="Precedents register" lastUpdatedAt={data.lastUpdatedAt} />
      </main>
    </Layout>
  );
}
