import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readPayload} from './payload';

interface TermData {
  term: string;
  short: string;
  aliases: string[];
  controls: {slug: string; title: string; url: string}[];
}

/** The top of a glossary term's page: the one-line definition and where the term is used. */
export default function TermRecord(props: {payload?: string}): ReactNode {
  const data = readPayload<TermData>(props);
  return (
    <div className="kb-record">
      <p className="kb-record__summary">
        <strong>{data.term}:</strong> {data.short}
      </p>
      {data.aliases.length > 0 && <p>Also written: {data.aliases.join(', ')}</p>}
      {data.controls.length > 0 && (
        <p>
          Used in the entries:{' '}
          {data.controls.map((c, i) => <React.Fragment key={c.slug}>{i > 0 && ', '}<Link to={c.url}>{c.title}</Link></React.Fragment>)}
        </p>
      )}
    </div>
  );
}
