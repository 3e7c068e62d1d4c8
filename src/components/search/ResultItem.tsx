import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {CHUNK_TYPE_LABELS, type SearchResult} from '@site/src/shared/search/types';
import {resultUrl} from '@site/src/search/resultUrl';
import Snippet from './Snippet';

/** One result on the search page: type, title, snippet and the URL it leads to. */
export default function ResultItem({result}: {result: SearchResult}): ReactNode {
  return (
    <li className="kb-result" data-result={result.chunk.id} data-type={result.chunk.type}>
      <span className={`kb-badge kb-badge--${result.chunk.type}`}>{CHUNK_TYPE_LABELS[result.chunk.type]}</span>
      {result.match.exact && <span className="kb-badge kb-badge--quiet">Exact match</span>}{' '}
      <Link className="kb-result__title" to={resultUrl(result)}>
        {result.chunk.title}
      </Link>
      {result.chunk.context && <div className="kb-index__meta">{result.chunk.context}</div>}
      <p className="kb-result__snippet">
        <Snippet pieces={result.snippet} />
      </p>
    </li>
  );
}
