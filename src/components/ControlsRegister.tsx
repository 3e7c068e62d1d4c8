import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import EmptyState from './EmptyState';
import PageStamp from './PageStamp';
import {useUrlState} from './useUrlState';
import {CONTROL_KIND_LABELS} from './labels';

interface Control {
  slug: string;
  title: string;
  kind: string;
  summary: string;
  url: string;
  keys: string[];
  notations: string[];
  entries: {regime: string; number: string}[];
  citedBy: number;
}

const REGIMES = ['wassenaar', 'eu', 'us', 'uk'] as const;
const COLUMNS = [
  {key: 'wassenaar', label: 'Wassenaar'},
  {key: 'eu', label: 'EU 2021/821'},
  {key: 'us', label: 'US EAR'},
  {key: 'uk', label: 'UK'},
  {key: 'title', label: 'Item'},
  {key: 'kind', label: 'Kind'},
  {key: 'citedBy', label: 'Cited by'},
] as const;
type SortKey = (typeof COLUMNS)[number]['key'];

const numberIn = (control: Control, regime: string) => control.entries.filter((e) => e.regime === regime).map((e) => e.number).join(', ');

/** The equivalence table: one row per item, one column per regime; sortable and filterable, state in the URL. */
export default function ControlsRegister({data}: {data: {controls: Control[]; lastUpdatedAt?: number | null}}): ReactNode {
  const url = useUrlState();
  const query = url.get('q');
  const family = url.get('number');
  const kind = url.get('kind');
  const sort = (url.get('sort') || 'wassenaar') as SortKey;
  const descending = url.get('order') === 'desc';
  const needle = query.trim().toLowerCase();
  const rows = data.controls
    .filter((c) => !kind || c.kind === kind)
    .filter((c) => !family || c.keys.some((key) => key === family || key.startsWith(`${family}.`)))
    .filter((c) => !needle || [c.title, c.summary, ...c.notations].some((text) => text.toLowerCase().includes(needle)))
    .sort((a, b) => {
      const value = (c: Control) => (sort === 'title' || sort === 'kind' ? c[sort] : sort === 'citedBy' ? String(c.citedBy).padStart(5, '0') : numberIn(c, sort) || '\uffff');
      return value(a).localeCompare(value(b), 'en', {numeric: true}) * (descending ? -1 : 1);
    });
  const sortBy = (key: SortKey) => url.set({sort: key, order: sort === key && !descending ? 'desc' : undefined});
  return (
    <Layout title="Control-list register" description="Control-list entries for intrusion and surveillance items, with their Wassenaar, EU and US equivalents.">
      <main className="container margin-vert--lg kb-index">
        <h1>Control-list register</h1>
        <p>
          Each row is one controlled item and its number in every regime that lists it. Sort by any column; filter by text or number. Every mention of these entries across the guide links here. Data:{' '}
          <a href="/controls.json">controls.json</a>.
        </p>
        <div className="kb-toolbar kb-toolbar--form" role="search">
          <label className="kb-control">
            <span>Filter by number or words</span>
            <input type="search" name="q" value={query} placeholder="e.g. 4E001.c, surveillance" onChange={(e) => url.set({q: e.target.value || undefined})} />
          </label>
          <label className="kb-control">
            <span>Kind</span>
            <select name="kind" value={kind} onChange={(e) => url.set({kind: e.target.value || undefined})}>
              <option value="">All</option>
              {Object.entries(CONTROL_KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          {family && (
            <button type="button" className="kb-button" onClick={() => url.set({number: undefined})}>
              Showing entries under {family}: show all
            </button>
          )}
        </div>
        <p className="kb-filters__status" role="status" aria-live="polite" data-result-count>
          {rows.length} of {data.controls.length} items
        </p>
        {rows.length === 0 && <EmptyState what="entries" words={query} onClear={() => url.set({q: undefined, kind: undefined, number: undefined})} />}
        <div className="kb-table-scroll">
          <table className="kb-table kb-table--register kb-table--stack">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col" aria-sort={sort === column.key ? (descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="kb-sort" onClick={() => sortBy(column.key)}>
                      {column.label}
                      <span aria-hidden="true">{sort === column.key ? (descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((control) => (
                <tr key={control.slug} data-control={control.slug}>
                  {REGIMES.map((regime) => (
                    <td key={regime} data-label={COLUMNS.find((c) => c.key === regime)!.label} className={numberIn(control, regime) ? undefined : 'kb-register__none'}>
                      {numberIn(control, regime) ? <code>{numberIn(control, regime)}</code> : '—'}
                    </td>
                  ))}
                  <td className="kb-register__item" data-label="Item">
                    <Link to={control.url}>{control.title}</Link>
                  </td>
                  <td data-label="Kind">{CONTROL_KIND_LABELS[control.kind]}</td>
                  <td data-label="Cited by">
                    {control.citedBy > 0 ? (
                      <Link to={`${control.url}#cited-by`} aria-label={`Cited by ${control.citedBy}: see the list`}>
                        {control.citedBy}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <PageStamp title="Control-list register" lastUpdatedAt={data.lastUpdatedAt} />
      </main>
    </Layout>
  );
}
