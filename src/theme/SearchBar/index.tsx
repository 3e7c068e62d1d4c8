import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import Link from '@docusaurus/Link';
import {CHUNK_TYPE_LABELS, type SearchResult} from '@site/src/shared/search/types';
import Snippet from '@site/src/components/search/Snippet';
import {useHybridSearch} from '@site/src/search/useHybridSearch';
import {resultUrl} from '@site/src/search/resultUrl';
import {markQueryInput, useMeasureRender} from '@site/src/search/renderTiming';

const LIMIT = 8;
const USED_KEY = 'kb-search-used';

/** Is the keyboard focus somewhere the user is typing, where "/" must stay a character? */
function typingElsewhere(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/**
 * The navbar search: an ARIA combobox whose listbox drops down as you type. "/" or Ctrl/Cmd+K
 * focus it; ↑ ↓ move; Enter opens; Esc closes. Index and model load on first focus.
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const id = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const {results: fresh, status, forQuery} = useHybridSearch(query, undefined, LIMIT, enabled);
  useMeasureRender(status, forQuery, query);
  // While the pointer rests on the list, keep what it shows: better results arriving from the
  // model must not move an item out from under the cursor.
  const [hovering, setHovering] = useState(false);
  const [shown, setShown] = useState<SearchResult[]>([]);
  useEffect(() => {
    if (!hovering || shown.length === 0) setShown(fresh);
  }, [fresh, hovering, shown.length]);
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
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  const expanded = open && query.trim().length > 0;
  const countText = status === 'loading' && shown.length === 0 ? 'Loading search…' : `${shown.length} result${shown.length === 1 ? '' : 's'}${status === 'lexical' ? ' (keyword matches; semantic results loading)' : ''}`;
  return (
    <div className="kb-search" role="search" data-ready={ready ? '' : undefined}>
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
      <span role="status" aria-live="polite" className="kb-visually-hidden" data-status={status} data-query={forQuery}>
        {query.trim() ? countText : ''}
      </span>
      <div className="kb-search__panel" hidden={!expanded} onMouseEnter={() => setHovering(true)} onMouseLeave={() => setHovering(false)}>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className="kb-search__list">
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
              <span className={`kb-badge kb-badge--${result.chunk.type}`}>{CHUNK_TYPE_LABELS[result.chunk.type]}</span>
              <span className="kb-search__title">{result.chunk.title}</span>
              {result.chunk.context && <span className="kb-search__context">{result.chunk.context}</span>}
              <span className="kb-search__snippet">
                <Snippet pieces={result.snippet} />
              </span>
            </li>
          ))}
        </ul>
        <p className="kb-search__footer">
          {status === 'error' ? 'Search is unavailable.' : shown.length === 0 && status !== 'loading' ? 'No results. ' : null}
          <Link to={allResultsUrl} onMouseDown={(event) => event.preventDefault()} onClick={() => setOpen(false)}>
            See all results
          </Link>
        </p>
      </div>
    </div>
  );
}
