import React, {type ReactNode} from 'react';
import {readPayload} from './payload';

/** The public sources a record rests on, with their full URLs visible (they print). */
export default function SourceList(props: {payload?: string}): ReactNode {
  const {sources} = readPayload<{sources: {title: string; url: string}[]}>(props);
  return (
    <section className="kb-sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            {source.title !== source.url && <>{source.title}. </>}
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
