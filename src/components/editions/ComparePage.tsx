import React, {type ReactNode} from 'react';
import {diffWords} from 'diff';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import Layout from '@theme/Layout';
import type {RecommendationVersion} from '@site/plugins/kb-content/changes';

interface Data {
  id: string;
  anchor: string;
  current?: {title: string; url: string};
  versions: RecommendationVersion[];
}

/** Which two editions to compare: the address bar's `from`/`to`, else the last two that differ. */
function chosenPair(versions: RecommendationVersion[], search: string): [RecommendationVersion, RecommendationVersion] {
  const params = new URLSearchParams(search);
  const find = (edition: string | null) => versions.find((v) => v.edition === edition);
  const from = find(params.get('from'));
  const to = find(params.get('to'));
  if (from && to) return [from, to];
  const last = versions.at(-1)!;
  const previous = [...versions].reverse().find((v) => v.text !== last.text || v.title !== last.title) ?? versions[0];
  return [previous, last];
}

/** A word-level diff of one recommendation between any two editions it appears in. */
export default function ComparePage({data}: {data: Data}): ReactNode {
  const location = useLocation();
  const [from, to] = chosenPair(data.versions, location.search);
  const parts = diffWords(`${from.title}\n\n${from.text}`, `${to.title}\n\n${to.text}`);
  const unchanged = parts.every((part) => !part.added && !part.removed);
  const link = (f: string, t: string) => `/changes/compare/${data.anchor}?from=${f}&to=${t}`;
  return (
    <Layout title={`${data.id}: changes between editions`} description={`Word-level changes to recommendation ${data.id} between editions.`}>
      <main className="container margin-vert--lg kb-compare">
        <h1>
          {data.id}: {from.edition} → {to.edition}
        </h1>
        <p>
          {data.current ? <Link to={data.current.url}>Current text of {data.id}</Link> : `${data.id} is no longer in the guide.`} ·{' '}
          <Link to={from.url}>{data.id} in {from.edition}</Link> · <Link to={to.url}>{data.id} in {to.edition}</Link>
        </p>
        {data.versions.length > 1 && (
          <nav aria-label="Editions to compare" className="kb-compare__pairs">
            Compare:{' '}
            {data.versions.slice(1).map((version, index) => (
              <React.Fragment key={version.edition}>
                {index > 0 && ' · '}
                <Link to={link(data.versions[index].edition, version.edition)}>
                  {data.versions[index].edition} → {version.edition}
                </Link>
              </React.Fragment>
            ))}
            {data.versions.length > 2 && (
              <>
                {' · '}
                <Link to={link(data.versions[0].edition, data.versions.at(-1)!.edition)}>
                  {data.versions[0].edition} → {data.versions.at(-1)!.edition}
                </Link>
              </>
            )}
          </nav>
        )}
        {unchanged ? (
          <p role="status">The wording is the same in {from.edition} and {to.edition}.</p>
        ) : (
          <p className="kb-index__meta" role="status">
            {parts.filter((p) => p.removed).length} passages removed, {parts.filter((p) => p.added).length} added. Removed words are struck through; added words are underlined.
          </p>
        )}
        <div className="kb-compare__diff" data-from={from.edition} data-to={to.edition}>
          {parts.map((part, index) =>
            part.added ? (
              <ins key={index}>{part.value}</ins>
            ) : part.removed ? (
              <del key={index}>{part.value}</del>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
        </div>
      </main>
    </Layout>
  );
}
