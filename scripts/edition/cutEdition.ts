import fs from 'node:fs';
import path from 'node:path';
import {isSeq, parseDocument} from 'yaml';
import {compareEditionIds, EDITION_ID, editionsFile, loadEditions} from '../../plugins/kb-content/editions';
import {ErrorList} from '../../plugins/kb-content/errors';
import {displayPath} from '../../plugins/kb-content/errors';
import {loadKnowledgeBaseUncached} from '../../plugins/kb-content/loadKnowledgeBase';
import {changesSince, editionDir, EDITIONS_DIR, snapshotOf, versionedItems, type ItemChange} from '../../plugins/kb-content/snapshots';
import type {ChangeKind, Edition} from '../../plugins/kb-content/types';

export class EditionError extends Error {}

export interface CutRequest {
  contentDir: string;
  id: string;
  summary?: string;
  /** YYYY-MM-DD; today (UTC) when left out. */
  date?: string;
  /** Re-freeze the latest edition from the current content instead of cutting a new one. */
  refresh?: boolean;
}

export interface CutResult {
  edition: Edition;
  refreshed: boolean;
  /** Changes since the edition before it, each with the history entry that records it. */
  changes: (ItemChange & {recorded: ChangeKind})[];
  chapters: number;
}

/** What a change must be recorded as in the item's history for the edition being cut. */
const ACCEPTED: Record<ItemChange['change'], ChangeKind[]> = {new: ['added'], changed: ['amended', 'withdrawn'], removed: []};

/**
 * Cuts (or re-freezes) an edition: validates the content as if the edition were published,
 * checks that every item that changed since the previous edition says so in its history,
 * then freezes the guide and the records under content/editions/<id>/ and lists the edition
 * in editions.yml. Nothing is written unless every check passes.
 */
export function cutEdition(request: CutRequest): CutResult {
  const {contentDir, id} = request;
  if (!EDITION_ID.test(id)) throw new EditionError(`"${id}" is not an edition ID: write it as YEAR.NUMBER, e.g. 2026.2`);
  const errors = new ErrorList();
  const listed = fs.existsSync(editionsFile(contentDir)) ? loadEditions(contentDir, errors) : [];
  errors.throwIfAny();
  const latest = listed.at(-1);
  let edition: Edition;
  let candidate: Edition | undefined;
  if (request.refresh) {
    if (!latest || latest.id !== id) throw new EditionError(`only the latest edition can be refreshed${latest ? ` (${latest.id})` : ''}: an older edition stays as it was published`);
    edition = {...latest, summary: request.summary?.trim() || latest.summary, date: request.date ?? latest.date};
  } else {
    if (listed.some((e) => e.id === id)) throw new EditionError(`edition ${id} is already published; to re-freeze it from the current content run \`npm run edition -- ${id} --refresh\``);
    if (latest && compareEditionIds(id, latest.id) <= 0) throw new EditionError(`edition ${id} must come after the latest edition, ${latest.id}`);
    if (!request.summary?.trim()) throw new EditionError('give the edition a one-sentence summary: npm run edition -- <id> "summary"');
    const date = request.date ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new EditionError(`--date "${date}" is not YYYY-MM-DD`);
    if (latest && date < latest.date) throw new EditionError(`edition ${id} cannot be dated before ${latest.id} (${latest.date})`);
    edition = {id, date, summary: request.summary.trim()};
    candidate = edition;
  }

  // Content errors (including history entries naming this edition) fail here, before any write.
  const {kb, snapshots} = loadKnowledgeBaseUncached(contentDir, {candidate});
  const all = [...listed.filter((e) => e.id !== id || !request.refresh), edition];
  const previous = all.at(-2);
  const items = versionedItems(kb);
  const changes: CutResult['changes'] = [];
  const missing: string[] = [];
  if (previous) {
    const baseline = snapshots.get(previous.id);
    if (!baseline) throw new EditionError(`edition ${previous.id} has no frozen copy to compare with`);
    const byRef = new Map(items.map((item) => [item.ref, item]));
    for (const change of changesSince(items, baseline)) {
      const entry = byRef.get(change.ref)?.record.history.find((h) => h.edition === id && !h.derived);
      const where = change.origin ? `${displayPath(change.origin.file)}:${change.origin.line}` : '(deleted)';
      if (change.change === 'removed') {
        missing.push(`${where}: ${change.title} (${change.ref}) was deleted; restore it and mark it withdrawn with a successor`);
      } else if (!entry || !ACCEPTED[change.change].includes(entry.change)) {
        const want = change.change === 'new' ? 'added' : 'amended (or withdrawn)';
        missing.push(`${where}: ${change.title} (${change.ref}) is ${change.change === 'new' ? 'new' : 'changed'} since ${previous.id} but has no \`${want}\` history entry for ${id}`);
      } else {
        changes.push({...change, recorded: entry.change});
      }
    }
  }
  if (missing.length > 0) {
    throw new EditionError(`${missing.length} changed item${missing.length === 1 ? '' : 's'} without a history entry for ${id}:\n\n${missing.join('\n')}\n\nAdd the entries (see "Publishing a new edition" in content/AUTHORING.md) and run the command again. Nothing was written.`);
  }

  freeze(contentDir, edition, snapshotOf(kb, edition.id));
  writeEditionsFile(contentDir, edition, request.refresh === true);
  return {edition, refreshed: request.refresh === true, changes, chapters: kb.chapters.length};
}

/** Writes the frozen copy next to the old one, then swaps, so a failure leaves the old intact. */
function freeze(contentDir: string, edition: Edition, snapshot: ReturnType<typeof snapshotOf>): void {
  const target = editionDir(contentDir, edition.id);
  const staging = path.join(contentDir, EDITIONS_DIR, `.${edition.id}.${process.pid}.tmp`);
  fs.rmSync(staging, {recursive: true, force: true});
  fs.mkdirSync(staging, {recursive: true});
  fs.cpSync(path.join(contentDir, 'guide'), path.join(staging, 'guide'), {recursive: true});
  fs.writeFileSync(path.join(staging, 'records.json'), `${JSON.stringify(snapshot, null, 1)}\n`);
  const old = `${staging}.old`;
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(staging, target);
  fs.rmSync(old, {recursive: true, force: true});
}

/** Adds (or updates) the edition in editions.yml, keeping the authors' comments. */
function writeEditionsFile(contentDir: string, edition: Edition, refresh: boolean): void {
  const file = editionsFile(contentDir);
  const text = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : '# Published editions, oldest first. `npm run edition` adds to this list; see content/AUTHORING.md.\neditions: []\n';
  const document = parseDocument(text);
  const list = document.get('editions', true);
  if (!isSeq(list)) throw new EditionError(`${displayPath(file)}: \`editions\` is not a list`);
  const entry = document.createNode({id: edition.id, date: edition.date, summary: edition.summary});
  if (refresh) list.items[list.items.length - 1] = entry;
  else list.items.push(entry);
  list.flow = false;
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, document.toString({defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN'}));
  fs.renameSync(temporary, file);
}
