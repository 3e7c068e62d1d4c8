import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {HistoryItem} from '@site/plugins/kb-content/changes';
import {useEditions} from './useEditions';

/** Changes after the first edition, by ref (`recommendation:R5.3`). */
export type ItemChanges = Record<string, HistoryItem[]>;


/** The edition new assignment links record. */
export function useCurrentEdition(): string | undefined {
  return useEditions().at(-1)?.id;
}

/**
 * Tells a learner who opens an assignment made for an earlier edition which of its items
 * have changed since, with the change notes and a word diff for recommendations.
 */
export default function ChangedSinceNotice(props: {edition?: string; items: {ref: string; title: string; url: string}[]; changes: ItemChanges}): ReactNode {
  const editions = useEditions();
  const made = editions.findIndex((e) => e.id === props.edition);
  const current = editions.at(-1);
  if (!props.edition || made < 0 || !current || current.id === props.edition) return null;
  const newer = new Set(editions.slice(made + 1).map((e) => e.id));
  const changed = props.items
    .map((item) => ({...item, changes: (props.changes[item.ref] ?? []).filter((change) => newer.has(change.edition))}))
    .filter((item) => item.changes.length > 0);
  return (
    <aside className="kb-alert kb-changed-since" role="note" aria-labelledby="changed-since-title">
      <h2 id="changed-since-title">
        Made for edition {props.edition}; the current edition is {current.id}
      </h2>
      {changed.length === 0 ? (
        <p>None of the assigned items has changed since.</p>
      ) : (
        <>
          <p>
            {changed.length} of the assigned items {changed.length === 1 ? 'has' : 'have'} changed since:
          </p>
          <ul>
            {changed.map((item) => (
              <li key={item.ref} data-ref={item.ref}>
                <Link to={item.url}>{item.title}</Link>
                {item.changes.map((change, index) => (
                  // A chapter can list several of its recommendations changed in one edition.
                  <span key={`${change.edition}-${index}`}>
                    {' '}
                    — {change.change} in <Link to={change.url}>{change.edition}</Link>: {change.note}
                    {change.diffUrl && (
                      <>
                        {' '}
                        <Link to={change.diffUrl}>See what changed</Link>
                      </>
                    )}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
