import * as v from 'valibot';
import {EnvelopeSchema, issuePath, WORKSHEET_FORMAT, WORKSHEET_SCHEMA_VERSION, WorksheetSchema, type Worksheet} from './worksheet';

/** What an imported worksheet may refer to on this site today. */
export interface KnownReferences {
  /** Question ID → the answer values it accepts (empty for free text). */
  questions: Map<string, string[]>;
  entries: Set<string>;
  precedents: Set<string>;
}

export type DecodeResult =
  | {ok: true; worksheet: Worksheet; edition: string; dropped: string[]; kept: string[]}
  | {ok: false; problem: string};

/** The exported file: the worksheet in a versioned envelope, with the guidance edition it used. */
export function exportWorksheet(worksheet: Worksheet, edition: string, exported: string): string {
  return `${JSON.stringify({format: WORKSHEET_FORMAT, schemaVersion: WORKSHEET_SCHEMA_VERSION, edition, exported, worksheet}, null, 2)}\n`;
}

/** Checks the envelope and shape of a decoded value; nothing about references yet. */
export function decodeEnvelope(data: unknown): {ok: true; worksheet: Worksheet; edition: string} | {ok: false; problem: string} {
  if (!data || typeof data !== 'object' || (data as {format?: unknown}).format !== WORKSHEET_FORMAT) {
    return {ok: false, problem: `it is not an assessment exported from this site (it has no "format": "${WORKSHEET_FORMAT}")`};
  }
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) return {ok: false, problem: `its header is damaged at ${issuePath(envelope.issues[0])}: ${envelope.issues[0].message}`};
  if (envelope.output.schemaVersion !== WORKSHEET_SCHEMA_VERSION) {
    return {ok: false, problem: `it has schema version ${envelope.output.schemaVersion}, and this site reads version ${WORKSHEET_SCHEMA_VERSION}`};
  }
  const worksheet = v.safeParse(WorksheetSchema, envelope.output.worksheet);
  if (!worksheet.success) {
    return {ok: false, problem: `its worksheet is damaged at worksheet.${issuePath(worksheet.issues[0])}: ${worksheet.issues[0].message}`};
  }
  return {ok: true, worksheet: worksheet.output, edition: envelope.output.edition};
}

/**
 * Reads an exported file. Anything that is not JSON, not ours, of another schema version or
 * damaged is refused with the reason. References to questions, answers, entries or precedents
 * that no longer exist are dropped one by one, and the result says what was dropped and kept.
 */
export function importWorksheet(text: string, references: KnownReferences): DecodeResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ');
    return {ok: false, problem: `The file is not JSON (${reason.length > 120 ? `${reason.slice(0, 119)}…` : reason}). Nothing was imported.`};
  }
  const decoded = decodeEnvelope(data);
  if (!decoded.ok) return {ok: false, problem: `The file cannot be imported: ${decoded.problem}. Nothing was imported.`};
  const {worksheet} = decoded;
  const dropped: string[] = [];
  const answers: Worksheet['answers'] = {};
  for (const [id, answer] of Object.entries(worksheet.answers)) {
    const accepted = references.questions.get(id);
    if (!accepted) dropped.push(`the answer to question ${id}, which is no longer in the checklist`);
    else if (accepted.length > 0 && answer.value !== '' && !accepted.includes(answer.value)) {
      // The note is still worth keeping; only the answer that no longer exists goes.
      dropped.push(`the answer "${answer.value}" to question ${id}, which is no longer one of its choices`);
      if (answer.note) answers[id] = {value: '', note: answer.note};
    } else answers[id] = answer;
  }
  const keepKnown = (values: string[], known: Set<string>, describe: (value: string) => string) =>
    values.filter((value) => {
      if (known.has(value)) return true;
      dropped.push(describe(value));
      return false;
    });
  const entries = keepKnown(worksheet.item.entries, references.entries, (slug) => `control entry "${slug}", which is no longer in the register`);
  const precedents = keepKnown(worksheet.precedents, references.precedents, (id) => `precedent "${id}", which is no longer in the register`);
  const result: Worksheet = {...worksheet, answers, item: {...worksheet.item, entries}, precedents};
  const kept = [
    `${Object.keys(answers).length} answers`,
    `${entries.length} control entries`,
    `${precedents.length} precedents considered`,
    'the description, parties, conclusion and reasons',
  ];
  return {ok: true, worksheet: result, edition: decoded.edition, dropped, kept};
}
