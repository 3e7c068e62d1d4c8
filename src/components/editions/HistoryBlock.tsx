import React, {type ReactNode} from 'react';
import type {HistoryItem} from '@site/plugins/kb-content/changes';
import {readPayload} from '../payload';
import HistoryList from './HistoryList';

/** The History section at the foot of a control, precedent or glossary page. */
export default function HistoryBlock(props: {payload?: string}): ReactNode {
  const data = readPayload<{id: string; history: HistoryItem[]}>(props);
  return (
    <section className="kb-history-block" aria-labelledby="history">
      <h2 id="history">History</h2>
      <HistoryList history={data.history} id={data.id} />
    </section>
  );
}
