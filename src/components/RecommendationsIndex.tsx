import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import EmptyState from './EmptyState';
import FacetGroup from './FacetGroup';
import FilterPanel from './FilterPanel';
import PageStamp from './PageStamp';
import {toggled, useUrlState} from './useUrlState';

interface Rec {
  id: string;
  title: string;
  status: string;
  chapter: number;
  chapterTitle: string;
  audience: string[];
  theme: string[];
  pillar: string[];
  url: string;
  text: string;
}
interface Data {
  lastUpdatedAt?: number | null;
  taxonomy: Record<'audience' | 'theme' | 'pillar', Record<string, string>>;
  chapters: {id: string; chapter: number; title: string}[];
  recommendations: Rec[];
}

const FACETS = ['audience', 'pillar', 'theme'] as const;
const LEGENDS = {audience: 'Audience', pillar: 'Pall Mall pillar', theme: 'Theme'};

/** All recommendations, filterable by audience, theme, pillar and chapter; filters combine (AND across facets, OR within one). */
export default function RecommendationsIndex({data}: {data: Data}): ReactNode {
  const url = useUrlState();
  const selected = {audience: url.getAll('audience'), pillar: url.getAll('pillar'), theme: url.getAll('theme'), chapter: url.getAll('chapter')};
  const matches = (rec: Rec, except?: string) =>
    FACETS.every((facet) => facet === except || selected[facet].length === 0 || selected[facet].some((v) => rec[facet].includes(v))) &&
    (except === 'chapter' || selected.chapter.length === 0 || selected.chapter.includes(String(rec.chapter)));
  const shown = data.recommendations.filter((rec) => matches(rec));
  const active = Object.values(selected).reduce((n, values) => n + values.length, 0);
  const clear = () => url.set({audience: undefined, pillar: undefined, theme: undefined, chapter: undefined});
  const selectedWords = FACETS.flatMap((facet) => selected[facet].map((v) => data.taxonomy[facet][v] ?? v));
  return (
    <Layout title="Recommendations" description="Every recommendation in the guide, filterable by audience, theme, Pall Mall pillar and chapter.">
      <main className="container margin-vert--lg kb-index">
        <h1>Recommendations</h1>
        <p>
          Every recommendation in the guide. Filters combine: results match any selected value within a group and every group. The address bar keeps the filters, so you can share this view. Also available as{' '}
          <a href="/recommendations.csv" download>CSV</a> and <a href="/recommendations.json">JSON</a>.
        </p>
        <div className="kb-index__layout">
          <FilterPanel active={active} statusId="results-count" status={`${shown.length} of ${data.recommendations.length} recommendations`} onClear={clear}>
            <FacetGroup
              name="chapter"
              legend="Chapter"
              selected={selected.chapter}
              onToggle={(value) => url.set({chapter: toggled(selected.chapter, value)})}
              options={data.chapters.map((c) => ({value: String(c.chapter), label: `${c.chapter}. ${c.title}`, count: data.recommendations.filter((r) => r.chapter === c.chapter && matches(r, 'chapter')).length}))}
            />
            {FACETS.map((facet) => (
              <FacetGroup
                key={facet}
                name={facet}
                legend={LEGENDS[facet]}
                selected={selected[facet]}
                onToggle={(value) => url.set({[facet]: toggled(selected[facet], value)})}
                options={Object.entries(data.taxonomy[facet]).map(([value, label]) => ({value, label, count: data.recommendations.filter((r) => r[facet].includes(value) && matches(r, facet)).length}))}
              />
            ))}
          </FilterPanel>
          <section aria-labelledby="results-count">
            {shown.length === 0 && <EmptyState what="recommendations" words={selectedWords.join(' ')} onClear={clear} />}
            <ol className="kb-index__list">
              {shown.map((rec) => (
                <li key={rec.id} data-recommendation={rec.id}>
                  <Link to={rec.url}>
                    <strong>{rec.id}</strong> {rec.title}
                  </Link>
                  {rec.status === 'withdrawn' && <span className="kb-badge">Withdrawn</span>}
                  <div className="kb-index__meta">
                    Chapter {rec.chapter}: {rec.chapterTitle} · {rec.audience.map((a) => data.taxonomy.audience[a]).join(', ')}
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <PageStamp title="Recommendations index" lastUpdatedAt={data.lastUpdatedAt} />
      </main>
    </Layout>
  );
}
