import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {itemOnPage, readAssignmentContext, readProgress, writeProgress, type AssignmentContext} from './assignmentContext';
import styles from './training.module.css';

/**
 * A slim bar on a page the learner opened from an assignment: the way back, and "Mark as read"
 * for this item, sharing progress with the assignment page.
 */
export default function AssignmentBar(): ReactNode {
  const location = useLocation();
  const [state, setState] = useState<{context: AssignmentContext; ref: string; read: string[]}>();
  useEffect(() => {
    const context = readAssignmentContext();
    const item = context && itemOnPage(context, location.pathname, location.hash);
    setState(context && item ? {context, ref: item.ref, read: readProgress(context.key)} : undefined);
  }, [location.pathname, location.hash]);
  if (!state) return null;
  const {context, ref, read} = state;
  const isRead = read.includes(ref);
  const toggle = () => {
    const next = isRead ? read.filter((r) => r !== ref) : [...read, ref];
    writeProgress(context.key, next);
    setState({...state, read: next});
  };
  return (
    <nav className={styles.bar} aria-label="Assignment">
      <Link data-noBrokenLinkCheck to={`/training/assignment#${context.code}`}>
        ← Back to assignment
      </Link>
      <span className={styles.barTitle}>{context.title}</span>
      <label className={styles.check}>
        <input type="checkbox" checked={isRead} onChange={toggle} /> Mark as read
      </label>
    </nav>
  );
}
