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
import {compressToEncodedURIComponent} from 'lz-string';
import * as v from 'valibot';
import {decompressBounded, DecompressedTooLarge} from './boundedDecompress';

/** 2 adds the edition the assignment was made for; version 1 links still open. */
export const CURRENT_VERSION = 2;

/** What the builder lets a trainer write; links and stored drafts are held to the same. */
export const ASSIGNMENT_LIMITS = {titleChars: 200, instructionsChars: 4000, items: 200, refChars: 200} as const;
export const MAX_ITEMS = ASSIGNMENT_LIMITS.items;

/**
 * The longest JSON a valid link can hold: JSON may escape a character as six (`\u0000`), and
 * each item adds quotes and a comma. Decompression stops past this, before anything is parsed.
 */
export const MAX_LINK_JSON_CHARS = 6 * (ASSIGNMENT_LIMITS.titleChars + ASSIGNMENT_LIMITS.instructionsChars + 10) + ASSIGNMENT_LIMITS.items * (ASSIGNMENT_LIMITS.refChars + 3) + 64;

/** A unit reference (`section:…`, `recommendation:R5.3`, `chapter:…`): a known kind and an id. */
export const RefSchema = v.pipe(v.string(), v.maxLength(ASSIGNMENT_LIMITS.refChars), v.regex(/^(chapter|section|recommendation|control|precedent|term):\S+$/));

/**
 * The one shape of an assignment, wherever it comes from: a share link, a stored draft, the
 * builder. A draft may still lack a title or items; `validateAssignment` says what sharing needs.
 */
export const AssignmentSchema = v.object({
  title: v.pipe(v.string(), v.maxLength(ASSIGNMENT_LIMITS.titleChars)),
  instructions: v.pipe(v.string(), v.maxLength(ASSIGNMENT_LIMITS.instructionsChars)),
  /** YYYY-MM-DD, or empty. */
  due: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
  /** Unit references in reading order. */
  items: v.pipe(v.array(RefSchema), v.maxLength(ASSIGNMENT_LIMITS.items)),
  /** The edition of the guide it was made for (`2026.1`); absent in version 1 links. */
  edition: v.optional(v.pipe(v.string(), v.regex(/^\d{4}\.\d+$/))),
});
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** A learner's progress on one assignment: the refs ticked as read. */
export const ProgressSchema = v.pipe(v.array(RefSchema), v.maxLength(ASSIGNMENT_LIMITS.items));

/** The link's wire form: short keys and short ref prefixes. */
const LinkPayloadSchema = v.object({t: v.string(), n: v.string(), d: v.string(), i: v.array(v.string()), e: v.optional(v.string())});

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
  if (assignment.due && !v.is(AssignmentSchema.entries.due, assignment.due)) problems.push('The due date must be a date.');
  if (assignment.title.length > ASSIGNMENT_LIMITS.titleChars || assignment.instructions.length > ASSIGNMENT_LIMITS.instructionsChars) problems.push('The title or the instructions are too long for a link.');
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
  let json: string | null;
  try {
    json = decompressBounded(payload, MAX_LINK_JSON_CHARS);
  } catch (error) {
    if (error instanceof DecompressedTooLarge) throw new AssignmentLinkError(DAMAGED);
    throw error;
  }
  if (!json || fnv1a(json) !== checksum) throw new AssignmentLinkError('This assignment link is incomplete or has been changed. Ask your trainer for the full link.');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AssignmentLinkError(DAMAGED);
  }
  const wire = v.safeParse(LinkPayloadSchema, raw);
  if (!wire.success) throw new AssignmentLinkError(DAMAGED);
  const decoded = v.safeParse(AssignmentSchema, {title: wire.output.t, instructions: wire.output.n, due: wire.output.d, items: wire.output.i.map(lengthen), ...(wire.output.e === undefined ? {} : {edition: wire.output.e})});
  if (!decoded.success) throw new AssignmentLinkError(DAMAGED);
  return decoded.output;
}

const DAMAGED = 'This assignment link is damaged. Ask your trainer for the full link.';

/** A stable key for a learner's progress on one assignment. */
export function assignmentKey(encoded: string): string {
  return encoded.split('.').pop() ?? encoded;
}
