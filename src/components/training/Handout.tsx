import React, {type ReactNode} from 'react';
import type {Assignment} from '@site/src/shared/assignment';
import {formatDueDate} from './dates';
import QrCode from './QrCode';
import styles from './training.module.css';
import {formatMinutes, ITEM_TYPE_LABELS, readingMinutes, type CatalogueItem} from './types';

/**
 * The printed handout: hidden on screen, the only thing printed from the builder. Full URLs are
 * written out so a paper copy still leads to the text.
 */
export default function Handout({assignment, items, origin, shareUrl}: {assignment: Assignment; items: (CatalogueItem | undefined)[]; origin: string; shareUrl: string}): ReactNode {
  const total = items.reduce((sum, item) => sum + (item ? readingMinutes(item.words) : 0), 0);
  return (
    <section className="kb-handout" aria-hidden="true">
      <h1>{assignment.title}</h1>
      <p>
        {assignment.due && <>Due: {formatDueDate(assignment.due)} · </>}
        {items.length} items · about {formatMinutes(total)} of reading
      </p>
      {assignment.instructions && <p className="kb-handout__instructions">{assignment.instructions}</p>}
      <ol>
        {items.map((item, i) =>
          item ? (
            <li key={item.ref}>
              <strong>{item.title}</strong> ({ITEM_TYPE_LABELS[item.type]}, {readingMinutes(item.words)} min)
              <br />
              {item.summary}
              <br />
              <span className="kb-handout__url">{`${origin}${item.url}`}</span>
            </li>
          ) : (
            <li key={`missing-${i}`}>An item that is no longer in the guide.</li>
          ),
        )}
      </ol>
      <div className={styles.qr}>
        {shareUrl && <QrCode text={shareUrl} label="QR code of the assignment link" />}
        <p className="kb-handout__url">Scan the code, or open this link, to read online and track your progress: {shareUrl}</p>
      </div>
    </section>
  );
}
