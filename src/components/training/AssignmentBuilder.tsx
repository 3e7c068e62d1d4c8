import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {AssignmentSchema, decodeAssignment, encodeAssignment, validateAssignment, type Assignment} from '@site/src/shared/assignment';
import {useCurrentEdition} from '../editions/ChangedSinceNotice';
import {useHybridSearch} from '@site/src/search/useHybridSearch';
import Handout from './Handout';
import StoredStateNotice from './StoredStateNotice';
import styles from './training.module.css';
import {formatMinutes, ITEM_TYPE_LABELS, readingMinutes, type CatalogueItem} from './types';
import {useStoredState} from './useStoredState';

const EMPTY: Assignment = {title: '', instructions: '', due: '', items: []};

/**
 * Trainers pick chapters, sections, recommendations, precedents and entries (from lists or by
 * search), order them, add a title, instructions and a due date, and get a share link and a
 * print-ready handout. The draft is kept in this browser until cleared.
 */
export default function AssignmentBuilder({data}: {data: {catalogue: CatalogueItem[]}}): ReactNode {
  const byRef = useMemo(() => new Map(data.catalogue.map((item) => [item.ref, item])), [data.catalogue]);
  const currentEdition = useCurrentEdition();
  const [draft, setDraft, loaded, setAside] = useStoredState<Assignment>('kb-assignment-draft', AssignmentSchema, EMPTY);
  // Problems show once the trainer has changed something or asked for the link, not on arrival.
  const [interacted, setInteracted] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  /** What an "Add to an assignment" link did, so the trainer knows which draft it joined. */
  const [arrival, setArrival] = useState<{ref: string; joined?: {title: string; items: number}}>();
  const location = useLocation();
  const history = useHistory();
  const [typeFilter, setTypeFilter] = useState<string>('');
  const [textFilter, setTextFilter] = useState('');
  const [query, setQuery] = useState('');
  const [origin, setOrigin] = useState('');
  const [copied, setCopied] = useState(false);
  const {results} = useHybridSearch(query, undefined, 10, query.length > 0);

  // Arrivals: "Add to an assignment" links (?add=ref) and "Edit a copy" of a shared link (#code).
  useEffect(() => {
    if (!loaded) return;
    setOrigin(window.location.origin);
    const add = new URLSearchParams(location.search).get('add');
    if (location.hash.length > 1) {
      try {
        setDraft(decodeAssignment(location.hash));
      } catch {
        // A bad link to edit leaves the draft as it was.
      }
    } else if (add && byRef.has(add)) {
      const joined = draft.title.trim() || draft.items.length > 0 ? {title: draft.title.trim(), items: draft.items.length} : undefined;
      if (!draft.items.includes(add)) setDraft({...draft, items: [...draft.items, add]});
      setArrival({ref: add, joined});
    }
    if (add || location.hash) history.replace({pathname: location.pathname});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const update = (changes: Partial<Assignment>) => {
    setCopied(false);
    setInteracted(true);
    setDraft({...draft, ...changes});
  };
  const add = (ref: string) => !draft.items.includes(ref) && update({items: [...draft.items, ref]});
  // A search result may stand for several items (a reading path adds its items; a training session, its chapter).
  const addAll = (refs: string[]) => update({items: [...draft.items, ...refs.filter((ref) => byRef.has(ref) && !draft.items.includes(ref))]});
  const move = (index: number, by: number) => {
    const items = [...draft.items];
    const [item] = items.splice(index, 1);
    items.splice(Math.max(0, Math.min(items.length, index + by)), 0, item);
    update({items});
  };
  const problems = validateAssignment(draft);
  const startNewWith = (ref: string) => {
    setDraft({...EMPTY, items: [ref]});
    setArrival({ref});
  };
  const code = problems.length === 0 ? encodeAssignment({...draft, edition: currentEdition}) : '';
  const shareUrl = code ? `${origin}/training/assignment#${code}` : '';
  const selected = draft.items.map((ref) => byRef.get(ref));
  const total = selected.reduce((sum, item) => sum + (item ? readingMinutes(item.words) : 0), 0);
  const needle = textFilter.trim().toLowerCase();
  const listed = data.catalogue.filter((item) => (!typeFilter || item.type === typeFilter) && (!needle || `${item.title} ${item.summary}`.toLowerCase().includes(needle))).slice(0, 60);

  const addButton = (ref: string, title: string) => (
    <button type="button" className="kb-button kb-button--small" disabled={draft.items.includes(ref)} onClick={() => add(ref)} aria-label={`Add ${title}`}>
      {draft.items.includes(ref) ? 'Added' : 'Add'}
    </button>
  );

  return (
    <Layout title="Build an assignment" description="Build a reading assignment, share it as a link and print a handout.">
      <main className="container margin-vert--lg kb-index kb-builder">
        <h1>Build an assignment</h1>
        <StoredStateNotice setAside={setAside} what="assignment draft" />
        {arrival && <ArrivalNotice arrival={arrival} title={byRef.get(arrival.ref)?.title ?? arrival.ref} onStartNew={() => startNewWith(arrival.ref)} />}
        <p className="kb-no-print">
          Add items from the lists or by search, put them in order, then share the link or print the handout. Learners open the link in their own browser and tick off what they have read; nothing is sent to a server.
        </p>
        <div className="kb-builder__layout kb-no-print">
          <section aria-labelledby="pick-heading">
            <h2 id="pick-heading">Add items</h2>
            <div className="kb-toolbar">
              <label>
                Type{' '}
                <select value={typeFilter} onChange={(e) => setTypeFilter(e.target.value)} name="type">
                  <option value="">All</option>
                  {Object.entries(ITEM_TYPE_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>{label}</option>
                  ))}
                </select>
              </label>
              <label>
                Filter <input type="text" name="filter" value={textFilter} onChange={(e) => setTextFilter(e.target.value)} placeholder="words in the title or summary" />
              </label>
            </div>
            <ul className="kb-builder__list" aria-label="Items you can add">
              {listed.map((item) => (
                <li key={item.ref} data-ref={item.ref}>
                  {addButton(item.ref, item.title)} <span className="kb-badge kb-badge--quiet">{ITEM_TYPE_LABELS[item.type]}</span> {item.title}
                </li>
              ))}
            </ul>
            <h3 id="search-heading">Or find by search</h3>
            <label htmlFor="builder-search" className="kb-visually-hidden">
              Search for items to add
            </label>
            <input id="builder-search" type="search" className="kb-search-page__input" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. red flags in a spyware sale" />
            <ul className="kb-builder__list" aria-labelledby="search-heading">
              {results.map((result) => (
                <li key={result.chunk.id} data-ref={result.chunk.id}>
                  {result.chunk.assign ? (
                    <button type="button" className="kb-button kb-button--small" disabled={result.chunk.assign.every((ref) => draft.items.includes(ref))} onClick={() => addAll(result.chunk.assign!)} aria-label={`Add ${result.chunk.title}`}>
                      {result.chunk.assign.every((ref) => draft.items.includes(ref)) ? 'Added' : result.chunk.assign.length > 1 ? `Add ${result.chunk.assign.length} items` : 'Add'}
                    </button>
                  ) : (
                    addButton(result.chunk.id, result.chunk.title)
                  )}{' '}
                  {result.chunk.title}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="assignment-heading">
            <h2 id="assignment-heading">Your assignment</h2>
            <label className="kb-field">
              Title
              <input type="text" name="title" value={draft.title} onChange={(e) => update({title: e.target.value})} maxLength={200} />
            </label>
            <label className="kb-field">
              Instructions
              <textarea name="instructions" rows={4} value={draft.instructions} onChange={(e) => update({instructions: e.target.value})} maxLength={4000} />
            </label>
            <label className="kb-field">
              Due date
              <input type="date" name="due" value={draft.due} onChange={(e) => update({due: e.target.value})} />
            </label>
            <p>
              {`${draft.items.length} items · about ${formatMinutes(total)} of reading`}
            </p>
            <ol className="kb-builder__selected" aria-label="Items in the assignment">
              {draft.items.map((ref, index) => {
                const item = byRef.get(ref);
                const title = item?.title ?? 'An item no longer in the guide';
                return (
                  <li key={ref} data-ref={ref}>
                    <span>{title}</span>{' '}
                    <span className="kb-builder__actions">
                      <button type="button" className="kb-button kb-button--small" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${title} up`}>↑</button>
                      <button type="button" className="kb-button kb-button--small" onClick={() => move(index, 1)} disabled={index === draft.items.length - 1} aria-label={`Move ${title} down`}>↓</button>
                      <button type="button" className="kb-button kb-button--small" onClick={() => update({items: draft.items.filter((r) => r !== ref)})} aria-label={`Remove ${title}`}>Remove</button>
                    </span>
                  </li>
                );
              })}
            </ol>
            {problems.length > 0 && interacted ? (
              <ul className="kb-builder__problems" aria-live="polite">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : problems.length > 0 ? (
              <p>
                Add a title and at least one item to get a share link and a handout.{' '}
                <button type="button" className="kb-button kb-button--small" onClick={() => setInteracted(true)}>
                  Get the share link
                </button>
              </p>
            ) : (
              <div className="kb-builder__share">
                <label className="kb-field">
                  Share link
                  <input type="text" name="share" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
                </label>
                <p>
                  <button
                    type="button"
                    className="kb-button"
                    onClick={async () => {
                      try {
                        await navigator.clipboard.writeText(shareUrl);
                        setCopied(true);
                      } catch {
                        window.prompt('Copy this link:', shareUrl);
                      }
                    }}
                  >
                    {copied ? 'Link copied' : 'Copy link'}
                  </button>{' '}
                  <Link className="kb-button" data-noBrokenLinkCheck to={`/training/assignment#${code}`}>Open as a learner</Link>{' '}
                  <button type="button" className="kb-button" onClick={() => window.print()}>
                    Print handout
                  </button>{' '}
                  <button type="button" className="kb-button" onClick={() => setConfirmingReset(true)} aria-expanded={confirmingReset}>
                    Start again
                  </button>
                </p>
                {confirmingReset && (
                  <p className={styles.confirm} role="group" aria-label="Start again?">
                    <span>{`Clear the title, instructions, due date and all ${draft.items.length} items of this draft?`}</span>
                    <button
                      type="button"
                      className="kb-button kb-button--small"
                      onClick={() => {
                        setDraft(EMPTY);
                        setConfirmingReset(false);
                        setInteracted(false);
                        setArrival(undefined);
                      }}
                    >
                      Clear the draft
                    </button>
                    <button type="button" className="kb-button kb-button--small" onClick={() => setConfirmingReset(false)} autoFocus>
                      Keep it
                    </button>
                  </p>
                )}
              </div>
            )}
          </section>
        </div>
        {problems.length === 0 && <Handout assignment={draft} items={selected} origin={origin} shareUrl={shareUrl} />}
      </main>
    </Layout>
  );
}

/** Says where an "Add to an assignment" link put its item, and offers a fresh draft instead. */
function ArrivalNotice({arrival, title, onStartNew}: {arrival: {ref: string; joined?: {title: string; items: number}}; title: string; onStartNew: () => void}): ReactNode {
  if (!arrival.joined) {
    return (
      <p role="status" className={styles.notice}>
        {`Started a new assignment with “${title}”.`}
      </p>
    );
  }
  const {joined} = arrival;
  return (
    <p role="status" className={styles.notice}>
      {`Added “${title}” to your draft ${joined.title ? `“${joined.title}”` : 'without a title'}, which already had ${joined.items} ${joined.items === 1 ? 'item' : 'items'}. `}
      <button type="button" className="kb-button kb-button--small" onClick={onStartNew}>
        Start a new assignment with only this item
      </button>{' '}
      <span>(replaces that draft)</span>
    </p>
  );
}
