import * as v from 'valibot';

/**
 * One officer's assessment of one proposed transfer: what is kept in the browser, exported to a
 * file and printed as the file note. Decoded from storage and files through one schema, so no
 * component ever sees unchecked data.
 */

/** Bump when the stored shape changes incompatibly; imports of another version are refused. */
export const WORKSHEET_SCHEMA_VERSION = 1;
export const WORKSHEET_FORMAT = 'ccic-kb-assessment';

/** Broad end-user types, as R6.1 asks licensing data to be broken down. */
export const END_USER_TYPES = [
  {value: 'police', label: 'Police or law enforcement'},
  {value: 'intelligence', label: 'Intelligence or security service'},
  {value: 'military', label: 'Military'},
  {value: 'ministry', label: 'Ministry or other government body'},
  {value: 'operator', label: 'Telecommunications operator or regulator'},
  {value: 'private', label: 'Private company'},
  {value: 'other', label: 'Other or not yet known'},
] as const;

/** The provisional decisions the chapter 5 exercise asks for, plus a plain approval. */
export const DECISIONS = [
  {value: 'refuse', label: 'Refuse'},
  {value: 'more-information', label: 'Ask for more information'},
  {value: 'approve-with-conditions', label: 'Approve with conditions'},
  {value: 'approve', label: 'Approve'},
] as const;

const text = v.string();

export const AnswerSchema = v.object({value: text, note: v.optional(text, '')});

export const WorksheetSchema = v.object({
  id: v.pipe(text, v.minLength(1)),
  title: text,
  created: text,
  updated: text,
  /** Set when the worksheet was loaded from a training scenario: it is not a real case. */
  fictional: v.optional(v.object({chapterId: text, scenario: text, url: text})),
  /** The application in brief, in the officer's words (or a training scenario's text). */
  summary: v.optional(text, ''),
  item: v.object({description: text, entries: v.array(text)}),
  destination: text,
  endUser: v.object({type: text, name: text}),
  endUse: text,
  answers: v.record(text, AnswerSchema),
  /** Precedent IDs the officer marked as considered. */
  precedents: v.array(text),
  conclusion: v.object({decision: text, reasons: text, officer: text, date: text}),
});

export type Worksheet = v.InferOutput<typeof WorksheetSchema>;
export type Answer = v.InferOutput<typeof AnswerSchema>;

/** The envelope of an exported file and of a stored worksheet. */
export const EnvelopeSchema = v.object({
  format: v.literal(WORKSHEET_FORMAT),
  schemaVersion: v.number(),
  edition: v.optional(text, ''),
  exported: v.optional(text, ''),
  worksheet: v.unknown(),
});

/** IDs need only be unique in one browser; randomUUID is missing outside secure contexts. */
export function newWorksheetId(random: () => number = Math.random, now: number = Date.now()): string {
  return `a-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

export function emptyWorksheet(id: string, now: string, title = 'Untitled assessment'): Worksheet {
  return {
    id,
    title,
    created: now,
    updated: now,
    summary: '',
    item: {description: '', entries: []},
    destination: '',
    endUser: {type: '', name: ''},
    endUse: '',
    answers: {},
    precedents: [],
    conclusion: {decision: '', reasons: '', officer: '', date: now.slice(0, 10)},
  };
}

/** A readable path for a valibot issue: `worksheet.endUser.name`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((step) => String((step as {key?: unknown}).key)).join('.') || '(top level)';
}
