import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import Link from '@docusaurus/Link';
import {CHUNK_TYPE_LABELS, type SearchResult} from '@site/src/shared/search/types';
import Snippet from '@site/src/components/search/Snippet';
import DidYouMean from '@site/src/components/search/DidYouMean';
import {suggestQuery} from '@site/src/shared/search/suggest';
import {useHybridSearch} from '@site/src/search/useHybridSearch';
import {resultUrl} from '@site/src/search/resultUrl';
import {markQueryInput, useMeasureRender} from '@site/src/search/renderTiming';
import './searchBar.css';

/** Ranked for the count (shown as "50+" beyond this); the panel lists the first ROWS. */
const LIMIT = 50;
const ROWS = 10;
const USED_KEY = 'kb-search-used';

/** Is the keyboard focus somewhere the user is typing, where "/" must stay a character? */
function typingElsewhere(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/**
 * The navbar search: an ARIA combobox whose listbox drops down as you type. "/" or Ctrl/Cmd+K
 * focus it; ↑ ↓ move; Enter opens; Esc closes. Index and model load on first focus. The panel
 * has compact rows (type, title, one line), the total count and a "See all N results" row that
 * never scrolls away. On narrow screens a search button opens the box full width, so the
 * navbar never covers the site title.
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const id = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // On phones the box is behind a button and opens full width.
  const [phoneOpen, setPhoneOpen] = useState(false);
  const {results, status, forQuery, index} = useHybridSearch(query, undefined, LIMIT, enabled);
  useMeasureRender(status, forQuery, query);
  // Later hits are merged below the ones shown (useHybridSearch), so the list never reorders.
  const shown: SearchResult[] = results.slice(0, ROWS);
  const total = `${results.length}${results.length === LIMIT ? '+' : ''}`;
  useEffect(() => setActive(-1), [query]);

  const [ready, setReady] = useState(false);
  // Someone who has searched before on this browser will likely search again: warm the index
  // and model while the page is idle, so their first query is answered at once.
  useEffect(() => {
    try {
      if (window.localStorage.getItem(USED_KEY) !== '1') return undefined;
    } catch {
      return undefined;
    }
    const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 1500));
    const handle = idle(() => setEnabled(true));
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle as number);
  }, []);
  useEffect(() => {
    if (!query.trim()) return;
    try {
      window.localStorage.setItem(USED_KEY, '1');
    } catch {
      // Only the warm-up is lost.
    }
  }, [query]);
  useEffect(() => {
    setReady(true);
    const onKey = (event: KeyboardEvent) => {
      const wantsSearch = (event.key === '/' && !typingElsewhere(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
      if (wantsSearch) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = useCallback(
    (target: string) => {
      setOpen(false);
      setPhoneOpen(false);
      input.current?.blur();
      history.push(target);
    },
    [history],
  );
  const allResultsUrl = `/search?q=${encodeURIComponent(query)}`;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(shown.length - 1, a + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(-1, a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && shown[active]) go(resultUrl(shown[active]));
      else if (query.trim()) go(allResultsUrl);
    } else if (event.key === 'Escape') {
      if (open && query.trim()) setOpen(false);
      else if (phoneOpen) setPhoneOpen(false);
      else setQuery('');
    }
  };
  const openPhoneSearch = () => {
    setPhoneOpen(true);
    setEnabled(true);
    // After the box is displayed, so it can take focus (and the phone's keyboard opens).
    window.requestAnimationFrame(() => input.current?.focus());
  };

  const expanded = open && query.trim().length > 0;
  // Only once the final list is known to be empty: a typo gets a spelling the index knows.
  const nothingFound = results.length === 0 && forQuery === query && (status === 'hybrid' || status === 'lexical-only');
  const suggestion = nothingFound && index ? suggestQuery(index, query) : undefined;
  const countText =
    status === 'loading' && results.length === 0
      ? 'Loading search…'
      : `${total} result${results.length === 1 ? '' : 's'}${status === 'lexical' ? ' (keyword matches; semantic results loading)' : status === 'lexical-only' ? ' (keyword matches only: semantic search is unavailable)' : ''}`;
  return (
    <div className="kb-search" role="search" data-ready={ready ? '' : undefined} data-phone-open={phoneOpen ? '' : undefined}>
      <button type="button" className="kb-search__open" aria-label="Search" aria-expanded={phoneOpen} onClick={openPhoneSearch}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
      <div className="kb-search__box">
      <label htmlFor={`${id}-input`} className="kb-visually-hidden">
        Search the guide, control entries and precedents
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="kb-search__input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder="Search ( / )"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          setEnabled(true);
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          markQueryInput();
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="kb-search__close" aria-label="Close search" onClick={() => setPhoneOpen(false)}>
        ×
      </button>
      <span role="status" aria-live="polite" className="kb-visually-hidden" data-status={status} data-query={forQuery}>
        {query.trim() ? countText : ''}
      </span>
      <div className="kb-search__panel" hidden={!expanded}>
        <p className="kb-search__summary" aria-hidden="true">
          {status === 'loading' && results.length === 0 ? 'Loading search…' : `${total} result${results.length === 1 ? '' : 's'} for “${query.trim()}”`}
          {status === 'lexical-only' && <span className="kb-search__note"> Keyword matches only: semantic search is unavailable.</span>}
        </p>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className="kb-search__list" data-query={forQuery}>
          {shown.map((result, i) => (
            <li
              key={result.chunk.id}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              className="kb-search__option"
              data-result={result.chunk.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(resultUrl(result))}
            >
              <span className="kb-search__row">
                <span className={`kb-badge kb-badge--${result.chunk.type}`}>{CHUNK_TYPE_LABELS[result.chunk.type]}</span>
                <span className="kb-search__title" title={result.chunk.title}>
                  {result.chunk.title}
                </span>
              </span>
              <span className="kb-search__snippet">
                {result.chunk.context && <span className="kb-search__context">{result.chunk.context} · </span>}
                <Snippet pieces={result.snippet} />
              </span>
            </li>
          ))}
        </ul>
        <p className="kb-search__footer">
          {status === 'error' ? 'Search is unavailable. ' : results.length === 0 && status !== 'loading' ? 'No results. ' : null}
          {suggestion && (
            <>
              <DidYouMean suggestion={suggestion} onSuggest={(corrected) => setQuery(corrected)} />{' '}
            </>
          )}
          <Link
            to={allResultsUrl}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setOpen(false);
              setPhoneOpen(false);
            }}
          >
            {results.length > 0 ? `See all ${total} results` : 'Open the search page'}
          </Link>
        </p>
      </div>
      </div>
    </div>
  );
}
