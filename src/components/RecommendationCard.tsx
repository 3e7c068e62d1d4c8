import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {RecommendationCardData} from '@site/plugins/remark-recommendations/recommendationPayload';
import CopyCitation from './CopyCitation';
import {readPayload} from './payload';
import HistoryList from './editions/HistoryList';

/** One recommendation: its permalink, title, body, tags and a citation to copy. */
export default function RecommendationCard(props: {payload?: string; children?: ReactNode}): ReactNode {
  const data = readPayload<RecommendationCardData>(props);
  // Recommendations live in chapters: the citation carries the chapter's last-updated date.
  const {lastUpdatedAt} = useDoc().metadata;
  // Lets Docusaurus's broken-anchor check know #r5-3 exists on this page.
  useBrokenLinks().collectAnchor(data.anchor);
  const withdrawn = data.status === 'withdrawn';
  return (
    <section id={data.anchor} className={`kb-rec${withdrawn ? ' kb-rec--withdrawn' : ''}`} aria-labelledby={`${data.anchor}-title`} data-recommendation={data.id}>
      <header className="kb-rec__header">
        <a className="kb-rec__id" href={`#${data.anchor}`} title="Permalink to this recommendation">
          {data.id}
        </a>
        <h3 className="kb-rec__title" id={`${data.anchor}-title`}>
          {data.title}
        </h3>
      </header>
      {withdrawn && (
        <p className="kb-rec__status">
          <strong>Withdrawn.</strong>{' '}
          {data.successor && (
            <>
              Superseded by <Link to={data.successor.url}>{data.successor.id} {data.successor.title}</Link>.
            </>
          )}
        </p>
      )}
      <div className="kb-rec__body">{props.children}</div>
      {data.tags.length > 0 && (
        <ul className="kb-rec__tags" aria-label="Tags">
          {data.tags.map((tag) => (
            <li key={`${tag.facet}-${tag.value}`}>
              <Link className={`kb-tag kb-tag--${tag.facet}`} to={tag.url} title={`All recommendations tagged ${tag.label}`}>
                {tag.label}
              </Link>
            </li>
          ))}
          {data.controls.map((control) => (
            <li key={control.slug}>
              <Link className="kb-tag kb-tag--control" to={control.url} title={control.title}>
                {control.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <HistoryList history={data.history ?? []} id={data.id} />
      <footer className="kb-rec__footer">
        <CopyCitation subject={{...data.citation, lastUpdatedAt}} />
      </footer>
    </section>
  );
}
