import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';

/**
 * "Did you mean …?" for a query that found nothing, offering a spelling the index knows
 * (`suggestQuery`). With `onSuggest` it replaces the query in place (search page, navbar
 * panel); otherwise it links to the search page.
 */
export default function DidYouMean({suggestion, onSuggest}: {suggestion: string; onSuggest?: (query: string) => void}): ReactNode {
  return (
    <span className="kb-did-you-mean">
      Did you mean{' '}
      {onSuggest ? (
        <button
          type="button"
          className="button button--link kb-did-you-mean__suggestion"
          // Keeps the focus (and the navbar panel open) when the suggestion is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onSuggest(suggestion)}
        >
          {suggestion}
        </button>
      ) : (
        <Link to={`/search?q=${encodeURIComponent(suggestion)}`}>{suggestion}</Link>
      )}
      ?
    </span>
  );
}
