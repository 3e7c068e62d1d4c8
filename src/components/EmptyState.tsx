import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';

/** What a list says when nothing matches: a way out, and a site search for the same words. */
export default function EmptyState({what, words, onClear}: {what: string; words: string; onClear?: () => void}): ReactNode {
  const query = words.trim();
  return (
    <div className="kb-empty" role="note" data-empty-state>
      <p>
        <strong>No {what} match.</strong>{' '}
        {onClear && (
          <>
            <button type="button" className="kb-button kb-button--small" onClick={onClear}>
              Clear filters
            </button>{' '}
          </>
        )}
        {query && (
          <>
            or <Link to={`/search?q=${encodeURIComponent(query)}`}>search the whole site for “{query}”</Link>.
          </>
        )}
      </p>
    </div>
  );
}
