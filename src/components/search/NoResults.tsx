import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {SearchIndex} from '@site/src/shared/search/ranking';
import {suggestQuery} from '@site/src/shared/search/suggest';
import DidYouMean from './DidYouMean';

/**
 * What the search says when nothing matched: that nothing is close enough (rather than showing
 * weak guesses), a spelling the index knows, and the registers to browse instead.
 */
export default function NoResults({query, index, onSuggest}: {query: string; index?: SearchIndex; onSuggest?: (query: string) => void}): ReactNode {
  const suggestion = index ? suggestQuery(index, query) : undefined;
  return (
    <div className="kb-no-results">
      <p>
        No results for <q>{query}</q>: none of its words is in the knowledge base, and nothing is close enough in meaning.
      </p>
      {suggestion && (
        <p>
          <DidYouMean suggestion={suggestion} onSuggest={onSuggest} />
        </p>
      )}
      <p>
        Browse instead: <Link to="/controls">control-list entries</Link>, <Link to="/precedents">precedents</Link>, <Link to="/glossary">glossary</Link>, <Link to="/training">training</Link>.
      </p>
    </div>
  );
}
