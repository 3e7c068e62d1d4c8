import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {assignmentKey, decodeAssignment, ProgressSchema, type Assignment} from '@site/src/shared/assignment';
import {progressKey, saveAssignmentContext} from './assignmentContext';
import {formatDueDate} from './dates';
import StoredStateNotice from './StoredStateNotice';
import styles from './training.module.css';
import ChangedSinceNotice, {type ItemChanges} from '../editions/ChangedSinceNotice';
import {formatMinutes, ITEM_TYPE_LABELS, readingMinutes, type CatalogueItem} from './types';
import {useStoredState} from './useStoredState';

type Decoded = {assignment: Assignment; key: string; code: string} | {error: string} | undefined;

/**
 * A learner's view of a share link: the items in order with reading times, "mark as read"
 * kept in this browser, and overall progress. A broken link gets a message, never a blank page.
 */
export default function AssignmentView({data}: {data: {catalogue: CatalogueItem[]; changes?: ItemChanges}}): ReactNode {
  const byRef = useMemo(() => new Map(data.catalogue.map((item) => [item.ref, item])), [data.catalogue]);
  const location = useLocation();
  const [decoded, setDecoded] = useState<Decoded>();
  useEffect(() => {
    try {
      // Read the fragment from the window: the router's copy may lag a direct page load.
      const code = (window.location.hash || location.hash).slice(1);
      const assignment = decodeAssignment(code);
      setDecoded({assignment, key: assignmentKey(code), code});
    } catch (error) {
      setDecoded({error: error instanceof Error ? error.message : 'This assignment link cannot be read.'});
    }
  }, [location.hash]);
  const [read, setRead, , setAside] = useStoredState<string[]>(decoded && 'key' in decoded ? progressKey(decoded.key) : undefined, ProgressSchema, []);

  if (!decoded) {
    return (
      <Layout title="Assignment">
        <main className="container margin-vert--lg">
          <p>Opening the assignment…</p>
        </main>
      </Layout>
    );
  }
  if ('error' in decoded) {
    return (
      <Layout title="Assignment">
        <main className="container margin-vert--lg">
          <h1>This assignment cannot be opened</h1>
          <p role="alert" className="kb-alert">
            {decoded.error}
          </p>
          <p className="kb-alert__more">
            Links break when they are cut short or edited, for example by an email program. The <Link to="/training">training page</Link> lists ready-made reading paths in the meantime.
          </p>
        </main>
      </Layout>
    );
  }
  const {assignment} = decoded;
  const items = assignment.items.map((ref) => ({ref, item: byRef.get(ref)}));
  const available = items.filter((entry) => entry.item);
  const done = available.filter((entry) => read.includes(entry.ref)).length;
  const total = available.reduce((sum, entry) => sum + readingMinutes(entry.item!.words), 0);
  const left = available.filter((entry) => !read.includes(entry.ref)).reduce((sum, entry) => sum + readingMinutes(entry.item!.words), 0);
  const toggle = (ref: string) => setRead(read.includes(ref) ? read.filter((r) => r !== ref) : [...read, ref]);
  // Pages opened from here show "Back to assignment" and "Mark as read" (AssignmentBar).
  const rememberAssignment = () =>
    saveAssignmentContext({code: decoded.code, key: decoded.key, title: assignment.title, items: available.map(({ref, item}) => ({ref, url: item!.url}))});
  return (
    <Layout title={assignment.title} description="A reading assignment.">
      <main className="container margin-vert--lg kb-index">
        <h1>{assignment.title}</h1>
        <p className="kb-chapter-meta">
          {assignment.due && <span>{`Due ${formatDueDate(assignment.due)}`}</span>}
          <span>
            {`${available.length} items · ${formatMinutes(total)} in total`}
          </span>
        </p>
        <StoredStateNotice setAside={setAside} what="reading progress" />
        {assignment.instructions && <p className="kb-assignment__instructions">{assignment.instructions}</p>}
        <ChangedSinceNotice edition={assignment.edition} items={available.map((entry) => ({ref: entry.ref, title: entry.item!.title, url: entry.item!.url}))} changes={data.changes ?? {}} />
        <div className="kb-progress" aria-live="polite">
          <progress max={available.length} value={done} aria-label="Reading progress" />{' '}
          <span data-progress={`${done}/${available.length}`}>
            {`${done} of ${available.length} read${left > 0 ? ` · about ${formatMinutes(left)} left` : ' · all done'}`}
          </span>
        </div>
        <ol className="kb-assignment__items">
          {items.map(({ref, item}, index) =>
            item ? (
              <li key={ref} data-ref={ref} className={read.includes(ref) ? 'kb-assignment__item--read' : undefined}>
                <span className="kb-assignment__number" aria-hidden="true">
                  {index + 1}.
                </span>
                <label className={`kb-assignment__check ${styles.check}`}>
                  <input type="checkbox" checked={read.includes(ref)} onChange={() => toggle(ref)} /> Mark as read<span className="kb-visually-hidden">: {item.title}</span>
                </label>
                <div>
                  <Link to={item.url} onClick={rememberAssignment}>{item.title}</Link> <span className="kb-index__meta">({ITEM_TYPE_LABELS[item.type]}, {readingMinutes(item.words)} min)</span>
                  <div className="kb-index__meta">{item.summary}</div>
                </div>
              </li>
            ) : (
              <li key={ref} data-ref={ref}>
                <em>This item is no longer in the guide ({ref}).</em>
              </li>
            ),
          )}
        </ol>
      </main>
    </Layout>
  );
}
