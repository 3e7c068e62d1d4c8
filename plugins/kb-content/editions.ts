import fs from 'node:fs';
import path from 'node:path';
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import {ContentError, ErrorList} from './errors';
import {readFrontMatter, type FrontMatter} from './frontmatter';
import {isValidPartialDate} from './records';
import type {ChangeKind, Edition, HistoryEntry} from './types';

/**
 * Editions: `content/editions.yml` lists them, oldest first; each item's `history` says what
 * happened to it in which edition. An item with no history was added in the first edition, so
 * only changes after it need writing down.
 */
export const EDITIONS_FILE = 'editions.yml';
export const EDITION_ID = /^(\d{4})\.(\d+)$/;
export const CHANGE_KINDS: ChangeKind[] = ['added', 'amended', 'withdrawn'];

/** Compares edition IDs by year, then number (`2026.10` after `2026.9`). */
export function compareEditionIds(a: string, b: string): number {
  const [, ya, na] = EDITION_ID.exec(a) ?? [];
  const [, yb, nb] = EDITION_ID.exec(b) ?? [];
  return Number(ya) - Number(yb) || Number(na) - Number(nb);
}

export function editionsFile(contentDir: string): string {
  return path.join(contentDir, EDITIONS_FILE);
}

/** Reads and validates `editions.yml`; every problem is collected in `errors`. No file: no editions. */
export function loadEditions(contentDir: string, errors: ErrorList): Edition[] {
  const file = editionsFile(contentDir);
  // Content that has never been published (a fixture, a new knowledge base) has no editions yet.
  if (!fs.existsSync(file)) return [];
  const fm = errors.collect(() => readFrontMatter(file, fs.readFileSync(file, 'utf8'), 1));
  if (!fm) return [];
  const raw = fm.data.editions;
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.add(new ContentError(file, fm.line('editions'), '`editions` must list at least one edition', 'write `editions:` with items `- {id: "2026.1", date: "2026-12-02", summary: "…"}`'));
    return [];
  }
  const editions: Edition[] = [];
  raw.forEach((item, index) => {
    const edition = errors.collect(() => parseEdition(fm, item, index, editions.at(-1)));
    if (edition) editions.push(edition);
  });
  return editions;
}

function parseEdition(fm: FrontMatter, item: unknown, index: number, previous: Edition | undefined): Edition {
  const entry = (item ?? {}) as Record<string, unknown>;
  const where = ['editions', index];
  const id = String(entry.id ?? '');
  const date = String(entry.date ?? '');
  const summary = typeof entry.summary === 'string' ? entry.summary.trim() : '';
  if (!EDITION_ID.test(id)) fm.fail([...where, 'id'], `edition ID "${id}" is not of the form YYYY.N`, 'write it as `id: "2026.1"` (quoted, so YAML keeps it as text)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidPartialDate(date)) fm.fail([...where, 'date'], `date "${date}" of edition ${id} is not a date`, 'write the publication date as `date: "YYYY-MM-DD"`');
  if (!summary) fm.fail(where, `edition ${id} has no summary`, 'add `summary: "…"`: one sentence on what the edition changed');
  if (previous && compareEditionIds(id, previous.id) <= 0) fm.fail([...where, 'id'], `edition ${id} is listed after ${previous.id}`, 'list editions oldest first, each with a higher ID than the one before');
  if (previous && date < previous.date) fm.fail([...where, 'date'], `edition ${id} is dated before ${previous.id} (${previous.date})`, 'give each edition a date on or after the previous one');
  return {id, date, summary};
}

function parseChange(value: unknown, fail: (problem: string, fix: string) => never): ChangeKind {
  if (!CHANGE_KINDS.includes(value as ChangeKind)) fail(`unknown change "${String(value)}"`, `use one of: ${CHANGE_KINDS.join(', ')}`);
  return value as ChangeKind;
}

/** `history:` in a record's front matter: `- {edition: "2026.2", change: amended, note: "…"}`. */
export function frontMatterHistory(fm: FrontMatter): HistoryEntry[] {
  const raw = fm.data.history;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) fm.fail('history', '`history` must be a list', 'write `history:` with items `- {edition: "2026.2", change: amended, note: "…"}`');
  return raw.map((item, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const fail = (problem: string, fix: string): never => fm.fail(['history', index], problem, fix);
    const note = typeof entry.note === 'string' ? entry.note.trim() : '';
    if (!note) fail(`history entry ${index + 1} has no note`, 'add `note: "…"`: one line saying what changed');
    const successor = entry.successor === undefined ? undefined : String(entry.successor);
    return {edition: String(entry.edition ?? ''), change: parseChange(entry.change, fail), note, successor, line: fm.line('history', index)};
  });
}

export function isHistoryDirective(node: {type: string; name?: string | null}): node is LeafDirective {
  return node.type === 'leafDirective' && node.name === 'history';
}

/**
 * History lines inside a recommendation block:
 * `::history[One line on what changed]{edition="2026.2" change="amended"}`.
 */
export function recommendationHistory(node: ContainerDirective, file: string): HistoryEntry[] {
  return node.children.filter(isHistoryDirective).map((entry) => {
    const line = entry.position?.start.line ?? 1;
    const fail = (problem: string, fix: string): never => {
      throw new ContentError(file, line, problem, fix);
    };
    const attributes = entry.attributes ?? {};
    for (const name of Object.keys(attributes)) {
      if (name !== 'edition' && name !== 'change') fail(`unknown attribute \`${name}\` on a history line`, 'use only edition and change, e.g. `::history[What changed]{edition="2026.2" change="amended"}`');
    }
    const note = toString(entry).trim();
    if (!note) fail('history line has no note', 'put one line on what changed in the brackets: `::history[What changed]{…}`');
    return {edition: attributes.edition ?? '', change: parseChange(attributes.change, fail), note, line};
  });
}
