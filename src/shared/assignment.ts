/**
 * An assignment travels whole in its share link, so trainers need no server and no accounts.
 *
 * Link format (version 2): `<version>.<payload>.<checksum>` in the URL fragment, where payload is
 * lz-string's URI-safe compression of a JSON object with short keys, and checksum is FNV-1a
 * (32-bit, hex) of the JSON. Version 2 adds `e`, the edition the assignment was made for, so
 * a learner can be told what changed since; version 1 links (no edition) still open. The version prefix keeps old links decodable when the format
 * changes; the checksum turns a truncated or edited link into a clear message instead of a
 * wrong assignment.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';

export interface Assignment {
  title: string;
  instructions: string;
  /** YYYY-MM-DD, or empty. */
  due: string;
  /** Unit references in reading order (`section:…`, `recommendation:R5.3`, `chapter:…`). */
  items: string[];
  /** The edition of the guide it was made for (`2026.1`); absent in version 1 links. */
  edition?: string;
}

export const CURRENT_VERSION = 2;
export const MAX_ITEMS = 200;
const MAX_TEXT = 4000;

/** Prefixes shortened in links; `chapter:` etc. are long and repeat in every item. */
const SHORT_PREFIX: Record<string, string> = {chapter: 'h', section: 's', recommendation: 'r', control: 'c', precedent: 'p', term: 't'};
const LONG_PREFIX = Object.fromEntries(Object.entries(SHORT_PREFIX).map(([long, short]) => [short, long]));

export class AssignmentLinkError extends Error {}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function shorten(ref: string): string {
  const [prefix, ...rest] = ref.split(':');
  return SHORT_PREFIX[prefix] ? `${SHORT_PREFIX[prefix]}:${rest.join(':')}` : ref;
}

function lengthen(ref: string): string {
  const [prefix, ...rest] = ref.split(':');
  return LONG_PREFIX[prefix] ? `${LONG_PREFIX[prefix]}:${rest.join(':')}` : ref;
}

export function validateAssignment(assignment: Assignment): string[] {
  const problems: string[] = [];
  if (!assignment.title.trim()) problems.push('Give the assignment a title.');
  if (assignment.items.length === 0) problems.push('Add at least one item.');
  if (assignment.items.length > MAX_ITEMS) problems.push(`An assignment holds at most ${MAX_ITEMS} items.`);
  if (assignment.due && !/^\d{4}-\d{2}-\d{2}$/.test(assignment.due)) problems.push('The due date must be a date.');
  if (assignment.title.length > 200 || assignment.instructions.length > MAX_TEXT) problems.push('The title or the instructions are too long for a link.');
  return problems;
}

export function encodeAssignment(assignment: Assignment): string {
  const json = JSON.stringify({t: assignment.title, n: assignment.instructions, d: assignment.due, i: assignment.items.map(shorten), ...(assignment.edition ? {e: assignment.edition} : {})});
  return `${assignment.edition ? CURRENT_VERSION : 1}.${compressToEncodedURIComponent(json)}.${fnv1a(json)}`;
}

/** Decodes a link fragment, or throws AssignmentLinkError with a message a learner can act on. */
export function decodeAssignment(fragment: string): Assignment {
  const code = fragment.replace(/^#/, '').trim();
  if (!code) throw new AssignmentLinkError('This link does not contain an assignment. Ask your trainer for the full link.');
  const [version, payload, checksum, ...extra] = code.split('.');
  if (!/^\d+$/.test(version ?? '')) throw new AssignmentLinkError('This is not an assignment link. Ask your trainer for the full link.');
  if (Number(version) > CURRENT_VERSION) throw new AssignmentLinkError('This assignment was made with a newer version of the site. Reload the page; if it persists, ask your trainer.');
  if ((Number(version) !== 1 && Number(version) !== 2) || !payload || !checksum || extra.length > 0) throw new AssignmentLinkError('This assignment link is incomplete or damaged. Ask your trainer for the full link.');
  const json = decompressFromEncodedURIComponent(payload);
  if (!json || fnv1a(json) !== checksum) throw new AssignmentLinkError('This assignment link is incomplete or has been changed. Ask your trainer for the full link.');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AssignmentLinkError('This assignment link is damaged. Ask your trainer for the full link.');
  }
  const data = raw as {t?: unknown; n?: unknown; d?: unknown; i?: unknown; e?: unknown};
  if (typeof data.t !== 'string' || typeof data.n !== 'string' || typeof data.d !== 'string' || !Array.isArray(data.i) || !data.i.every((item) => typeof item === 'string')) {
    throw new AssignmentLinkError('This assignment link is damaged. Ask your trainer for the full link.');
  }
  if (data.e !== undefined && (typeof data.e !== 'string' || !/^\d{4}\.\d+$/.test(data.e))) throw new AssignmentLinkError('This assignment link is damaged. Ask your trainer for the full link.');
  return {title: data.t, instructions: data.n, due: data.d, items: (data.i as string[]).map(lengthen), ...(data.e ? {edition: data.e as string} : {})};
}

/** A stable key for a learner's progress on one assignment. */
export function assignmentKey(encoded: string): string {
  return encoded.split('.').pop() ?? encoded;
}
