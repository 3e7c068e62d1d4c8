import {ContentError, type ErrorList} from './errors';
import type {EditionSnapshot, VersionedItem} from './snapshots';
import type {ContentWarning, Edition, HistoryEntry} from './types';

/**
 * Checks every item's history against the editions and the frozen copies, and fills in what
 * is derived: an item whose history does not start with `added` was added in the first
 * edition, and `lastChanged` is the edition of its last entry.
 *
 * The text of an item "in" the current (last) edition is the content itself; in any earlier
 * edition it is that edition's frozen copy.
 */
export function applyHistories(
  items: VersionedItem[],
  editions: Edition[],
  snapshots: Map<string, EditionSnapshot>,
  errors: ErrorList,
  warnings: ContentWarning[],
): void {
  if (editions.length === 0) return;
  const indexOf = new Map(editions.map((edition, index) => [edition.id, index]));
  const known = editions.map((e) => e.id).join(', ');
  const refs = new Set(items.map((item) => item.ref));
  const first = editions[0];
  const last = editions.length - 1;
  const fingerprintAt = (item: VersionedItem, index: number) =>
    index === last ? item.fingerprint : snapshots.get(editions[index].id)?.items[item.ref]?.fingerprint;
  const inEdition = (item: VersionedItem, index: number) => index === last || snapshots.get(editions[index].id)?.items[item.ref] !== undefined;

  for (const item of items) {
    const explicit = item.record.history;
    let previous = -1;
    explicit.forEach((entry, n) => {
      const fail = (problem: string, fix: string) => errors.add(new ContentError(item.record.origin.file, entry.line, problem, fix));
      const at = indexOf.get(entry.edition);
      if (at === undefined) {
        fail(`unknown edition "${entry.edition}" in the history of ${item.id}`, `use one of: ${known} (content/editions.yml); a new edition is cut with \`npm run edition -- ${entry.edition || '2026.2'} "summary"\``);
        return;
      }
      if (at <= previous) fail(`history of ${item.id} is out of order: ${entry.edition} is listed after ${editions[previous].id}`, 'list history entries oldest first, at most one per edition');
      previous = Math.max(previous, at);
      if (n > 0 && entry.change === 'added') fail(`${item.id}: \`added\` can only be the first history entry`, 'change it to `amended`, or move it first');
      if (n > 0 && explicit[n - 1].change === 'withdrawn') fail(`${item.id} changes in ${entry.edition} after it was withdrawn`, 'a withdrawn item stays withdrawn: add a new item and name it as the successor');
      if (at === 0 && entry.change !== 'added') {
        fail(`${item.id} cannot be ${entry.change} in ${entry.edition}: it is the first edition`, 'remove the entry (an item without history was added in the first edition)');
        return;
      }
      if (entry.change === 'withdrawn') checkWithdrawal(item, entry, refs, fail);
      if (at > 0 && entry.change === 'added' && inEdition(item, at - 1)) {
        fail(`${item.id} is marked added in ${entry.edition} but was already in ${editions[at - 1].id}`, 'write `amended` if it changed, or remove the entry');
      }
      if (at > 0 && entry.change !== 'added') {
        const before = fingerprintAt(item, at - 1);
        if (before === undefined) fail(`${item.id} is marked ${entry.change} in ${entry.edition} but was not in ${editions[at - 1].id}`, 'write `added` for the edition it first appeared in');
        else if (entry.change === 'amended' && before === fingerprintAt(item, at)) {
          fail(`${item.id} is marked amended in ${entry.edition} but its text did not change since ${editions[at - 1].id}`, 'remove the history entry, or make the change it describes');
        }
      }
    });
    if (explicit.length === 0 && editions.length > 1 && !inEdition(item, 0)) {
      warnings.push({file: item.record.origin.file, line: item.record.origin.line, message: `${item.id} is not in edition ${first.id} and has no history: add an \`added\` entry for the edition that publishes it`});
    }
    const history: HistoryEntry[] = explicit[0]?.change === 'added'
      ? explicit
      : [{edition: first.id, change: 'added', note: `Published in the first edition (${first.id}).`, derived: true, line: item.record.origin.line}, ...explicit];
    item.record.history = history;
    item.record.lastChanged = history.at(-1)!.edition;
  }
}

function checkWithdrawal(item: VersionedItem, entry: HistoryEntry, refs: Set<string>, fail: (problem: string, fix: string) => void): void {
  const isRecommendation = item.kind === 'recommendation';
  const successor = isRecommendation ? item.successor : entry.successor;
  if (isRecommendation && !item.withdrawn) fail(`${item.id} is withdrawn in ${entry.edition} by its history, but the block is not`, 'add `status="withdrawn"` and `successor="…"` to the block');
  if (!successor) {
    fail(
      `${item.id} is withdrawn in ${entry.edition} without a successor`,
      isRecommendation ? 'add `successor="R5.6"` to the block, naming the recommendation that replaces it' : 'add `successor: <file name>` to the history entry, naming the record that replaces it',
    );
  } else if (!refs.has(`${item.kind}:${successor}`)) {
    fail(`successor "${successor}" of ${item.id} does not exist`, `name an existing ${item.kind} as the successor`);
  }
}
