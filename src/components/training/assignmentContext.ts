import * as v from 'valibot';
import {ASSIGNMENT_LIMITS, ProgressSchema, RefSchema} from '../../shared/assignment';
import {readStored} from './useStoredState';

/**
 * The assignment a learner is working through in this tab, so the pages it links to can offer
 * "Back to assignment" and "Mark as read". Kept in sessionStorage (this tab only) and read
 * through a schema like every other stored value.
 */
export const CONTEXT_KEY = 'kb-assignment-context';

export const AssignmentContextSchema = v.object({
  /** The share-link code (the fragment), to return to the same assignment. */
  code: v.pipe(v.string(), v.maxLength(20_000)),
  /** The progress key (see assignmentKey). */
  key: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  title: v.pipe(v.string(), v.maxLength(ASSIGNMENT_LIMITS.titleChars)),
  items: v.pipe(v.array(v.object({ref: RefSchema, url: v.pipe(v.string(), v.maxLength(500), v.startsWith('/'))})), v.maxLength(ASSIGNMENT_LIMITS.items)),
});
export type AssignmentContext = v.InferOutput<typeof AssignmentContextSchema>;

export const progressKey = (key: string) => `kb-progress-${key}`;

export function saveAssignmentContext(context: AssignmentContext): void {
  try {
    window.sessionStorage.setItem(CONTEXT_KEY, JSON.stringify(context));
  } catch {
    // Without storage the bar is simply not shown.
  }
}

export function readAssignmentContext(): AssignmentContext | undefined {
  try {
    return readStored(window.sessionStorage, CONTEXT_KEY, AssignmentContextSchema).value;
  } catch {
    return undefined;
  }
}

/** The item of the assignment this page shows: same path, and the same anchor when there is one. */
export function itemOnPage(context: AssignmentContext, pathname: string, hash: string): AssignmentContext['items'][number] | undefined {
  const onPath = context.items.filter((item) => item.url.split('#')[0] === pathname);
  return onPath.find((item) => hash && item.url.endsWith(hash)) ?? onPath.find((item) => !item.url.includes('#')) ?? onPath[0];
}

export function readProgress(key: string): string[] {
  try {
    return readStored(window.localStorage, progressKey(key), ProgressSchema).value ?? [];
  } catch {
    return [];
  }
}

export function writeProgress(key: string, read: string[]): void {
  try {
    window.localStorage.setItem(progressKey(key), JSON.stringify(read));
  } catch {
    // Memory only.
  }
}
