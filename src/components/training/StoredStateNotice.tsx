import React, {type ReactNode} from 'react';
import type {SetAside} from './useStoredState';
import styles from './training.module.css';

/** Tells the person that something saved in this browser could not be read, and what happened to it. */
export default function StoredStateNotice({setAside, what}: {setAside: SetAside | undefined; what: string}): ReactNode {
  if (!setAside) return null;
  return (
    <p role="status" className={styles.notice} data-set-aside={setAside.key}>
      {`Your saved ${what} could not be read (it is not in the shape this site saves), so it was set aside and this page started afresh. It is kept in this browser's storage as “${setAside.movedTo}”.`}
    </p>
  );
}
