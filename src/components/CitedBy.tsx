import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {readPayload} from './payload';
import {CITATION_KIND_LABELS} from './labels';

interface CitedByData {
  citedBy: {kind: string; id: string; title: string; url: string}[];
}

/** Everything in the knowledge base that mentions this entry, linked to the exact anchor. */
export default function CitedBy(props: {payload?: string}): ReactNode {
  const data = readPayload<CitedByData>(props);
  // The register's "Cited by" counts link here.
  useBrokenLinks().collectAnchor('cited-by');
  return (
    <section className="kb-cited-by" aria-labelledby="cited-by">
      <h2 id="cited-by">Cited by</h2>
      {data.citedBy.length === 0 ? (
        <p>Nothing in the knowledge base cites this entry yet.</p>
      ) : (
        <ul>
          {data.citedBy.map((citation) => (
            <li key={`${citation.kind}-${citation.id}`} data-cited-by={citation.url}>
              <span className="kb-badge kb-badge--quiet">{CITATION_KIND_LABELS[citation.kind]}</span>{' '}
              <Link to={citation.url}>{citation.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
