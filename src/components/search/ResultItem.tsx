import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {CHUNK_TYPE_LABELS, isFictional, type SearchResult} from '@site/src/shared/search/types';
import {describeMatch} from '@site/src/shared/search/matchText';
import {resultUrl} from '@site/src/search/resultUrl';
import Snippet from './Snippet';

/**
 * One result on the search page: type (a worked scenario is labelled fictional, so no one
 * takes it for fact), title, why it matched, snippet and the URL it leads to.
 */
export default function ResultItem({result}: {result: SearchResult}): ReactNode {
  const fictional = isFictional(result.chunk);
  return (
    <li className="kb-result" data-result={result.chunk.id} data-type={result.chunk.type} data-match={result.match.kind} data-fictional={fictional || undefined}>
      <span className={`kb-badge kb-badge--${result.chunk.type}`}>{CHUNK_TYPE_LABELS[result.chunk.type]}</span>
      {result.match.exact && <span className="kb-badge kb-badge--quiet">Exact match</span>}{' '}
      <Link className="kb-result__title" to={resultUrl(result)}>
        {result.chunk.title}
      </Link>
      {result.chunk.context && <div className="kb-index__meta">{result.chunk.context}</div>}
      <p className="kb-result__snippet">
        <Snippet pieces={result.snippet} />
      </p>
      <p className="kb-index__meta kb-result__why">Why: {describeMatch(result.match)}</p>
    </li>
  );
}
