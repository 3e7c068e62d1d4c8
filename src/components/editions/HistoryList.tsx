import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';

import type {HistoryItem} from '@site/plugins/kb-content/changes';

const VERBS = {added: 'Added', amended: 'Amended', withdrawn: 'Withdrawn'};

/** The "History" block of a recommendation card or a record page: one line per edition. */
export default function HistoryList({history, id}: {history: HistoryItem[]; id: string}): ReactNode {
  if (history.length === 0) return null;
  return (
    <details className="kb-history" data-history={id}>
      <summary>History ({history.length === 1 ? `${VERBS[history[0].change].toLowerCase()} in ${history[0].edition}` : `last changed in ${history.at(-1)!.edition}`})</summary>
      <ol>
        {history.map((entry) => (
          <li key={entry.edition} data-edition={entry.edition}>
            <Link to={entry.url}>{entry.edition}</Link>: {VERBS[entry.change]}. {entry.note}
            {entry.diffUrl && (
              <>
                {' '}
                <Link to={entry.diffUrl}>Compare the wording</Link>
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
