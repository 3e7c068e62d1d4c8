import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {safeDecodeURIComponent} from '@site/src/shared/text';

/** The words of a missing address, as a search query: `/guide/end-use-checks` → "guide end use checks". */
export function wordsOfPath(pathname: string): string {
  return (safeDecodeURIComponent(pathname) ?? pathname)
    .replace(/\.html?$/, '')
    .split(/[/\-_+.\s]+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .join(' ')
    .slice(0, 200);
}

/** A missing page offers a search for the words of its address, and the way to the main sections. */
export default function NotFoundContent({className}: {className?: string}): ReactNode {
  const {pathname} = useLocation();
  // The static 404.html is rendered without the missing address: read it only in the browser.
  const words = useIsBrowser() ? wordsOfPath(pathname) : '';
  return (
    <main className={clsx('container margin-vert--xl kb-not-found', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <h1>Page not found</h1>
          <p>Nothing is published at this address. It may have moved, or the link may be mistyped.</p>
          {words && (
            <p data-not-found-search>
              <Link to={`/search?q=${encodeURIComponent(words)}`}>Search the guide for “{words}”</Link>
            </p>
          )}
          <form action="/search" method="get" role="search" className="kb-toolbar kb-toolbar--form">
            <label className="kb-control">
              <span>Search the guide</span>
              <input type="search" name="q" defaultValue={words} key={words} />
            </label>
            <button type="submit" className="kb-button">
              Search
            </button>
          </form>
          <p>
            Or go to the <Link to="/guide/introduction">guide</Link>, the <Link to="/recommendations">recommendations</Link>, the{' '}
            <Link to="/controls">control-list register</Link> or the <Link to="/precedents">precedents</Link>. Entry numbers work as addresses too, such as{' '}
            <Link to="/controls/4A005">/controls/4A005</Link>.
          </p>
        </div>
      </div>
    </main>
  );
}
