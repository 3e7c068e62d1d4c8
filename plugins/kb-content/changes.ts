import {refs} from './refs';
import {frozenUrl, ITEM_KIND_NAMES, versionedItems, type EditionSnapshot, type ItemKind} from './snapshots';
import {ROUTES} from './urls';
import type {ChangeKind, Edition, HistoryEntry, KnowledgeBase} from './types';

/** One line of an edition's change list, as the /changes page, the feed and assignments show it. */
export interface ChangeRecord {
  ref: string;
  kind: ItemKind;
  kindName: string;
  id: string;
  title: string;
  url: string;
  change: ChangeKind;
  note: string;
  successor?: {id: string; title: string; url: string};
  /** A recommendation's text in this edition (the frozen page). */
  editionUrl?: string;
  /** A changed recommendation: its word diff against the previous edition. */
  diffUrl?: string;
}

export interface EditionChanges extends Edition {
  url: string;
  /** The first chapter of the edition's frozen guide. */
  guideUrl: string;
  current: boolean;
  changes: ChangeRecord[];
  /** What the first edition published, by kind; empty for later editions. */
  published: Partial<Record<ItemKind, number>>;
}

export const changesUrl = (edition: string) => `${ROUTES.changes}/${edition}`;
export const compareUrl = (anchor: string, from?: string, to?: string) =>
  `${ROUTES.changes}/compare/${anchor}${from && to ? `?from=${from}&to=${to}` : ''}`;

/** Every edition's changes, newest first, from the items' histories. */
export function editionChanges(kb: KnowledgeBase, snapshots: Map<string, EditionSnapshot>): EditionChanges[] {
  const items = versionedItems(kb);
  const byRef = new Map(items.map((item) => [item.ref, item]));
  const current = kb.editions.at(-1)?.id;
  return kb.editions
    .map((edition, index): EditionChanges => {
      const changes: ChangeRecord[] = [];
      const published: EditionChanges['published'] = {};
      for (const item of items) {
        for (const entry of item.record.history) {
          if (entry.edition !== edition.id) continue;
          if (entry.derived) {
            published[item.kind] = (published[item.kind] ?? 0) + 1;
            continue;
          }
          const successorId = item.kind === 'recommendation' ? item.successor : entry.successor;
          const successor = successorId ? byRef.get(`${item.kind}:${successorId}`) : undefined;
          const recommendation = item.kind === 'recommendation' ? kb.recommendations.find((r) => r.id === item.id) : undefined;
          const previous = kb.editions[index - 1]?.id;
          changes.push({
            ref: item.ref,
            kind: item.kind,
            kindName: ITEM_KIND_NAMES[item.kind],
            id: item.id,
            title: item.title,
            url: item.url,
            change: entry.change,
            note: entry.note,
            successor: successor && {id: successor.id, title: successor.title, url: successor.url},
            editionUrl: recommendation && frozenUrl(recommendation.url, edition.id),
            diffUrl: recommendation && previous && entry.change !== 'added' ? compareUrl(recommendation.anchor, previous, edition.id) : undefined,
          });
        }
      }
      const order: ChangeKind[] = ['added', 'amended', 'withdrawn'];
      changes.sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change) || a.ref.localeCompare(b.ref, 'en', {numeric: true}));
      const firstChapter = edition.id === current ? kb.chapters[0]?.url : snapshots.get(edition.id)?.recommendations[0]?.url.replace(/#.*/, '');
      return {...edition, url: changesUrl(edition.id), guideUrl: frozenUrl(firstChapter ?? '/guide/introduction', edition.id), current: edition.id === current, changes, published};
    })
    .reverse();
}

export interface HistoryItem {
  edition: string;
  change: ChangeKind;
  note: string;
  /** The edition's change list. */
  url: string;
  /** A recommendation's word diff for this change. */
  diffUrl?: string;
}

/** An item's history as its card or page shows it, each line linking to the edition's changes. */
export function historyItems(editions: Edition[], history: HistoryEntry[], anchor?: string): HistoryItem[] {
  return history.map((entry) => {
    const previous = editions[editions.findIndex((e) => e.id === entry.edition) - 1]?.id;
    return {
      edition: entry.edition,
      change: entry.change,
      note: entry.note,
      url: changesUrl(entry.edition),
      diffUrl: anchor && previous && entry.change !== 'added' ? compareUrl(anchor, previous, entry.edition) : undefined,
    };
  });
}

/** Changes after the first edition, by ref: what an old assignment link needs to say what changed. */
export function itemChanges(kb: KnowledgeBase): Record<string, HistoryItem[]> {
  const changes: Record<string, HistoryItem[]> = {};
  for (const item of versionedItems(kb)) {
    const explicit = item.record.history.filter((entry) => !entry.derived);
    const anchor = item.kind === 'recommendation' ? kb.recommendations.find((r) => r.id === item.id)?.anchor : undefined;
    if (explicit.length > 0) changes[item.ref] = historyItems(kb.editions, explicit, anchor);
  }
  // An assigned chapter has changed when a recommendation in it has: say which, with its diff.
  for (const chapter of kb.chapters) {
    const inner = kb.recommendations
      .filter((r) => r.chapterId === chapter.id)
      .flatMap((r) => (changes[refs.recommendation(r.id)] ?? []).map((change) => ({...change, note: `${r.id} ${r.title}: ${change.note}`})));
    if (inner.length > 0) changes[refs.chapter(chapter.id)] = [...(changes[refs.chapter(chapter.id)] ?? []), ...inner];
  }
  return changes;
}

export interface RecommendationVersion {
  edition: string;
  title: string;
  status: string;
  text: string;
  url: string;
}

/** Each recommendation's text in every edition it appears in, oldest first, for word diffs. */
export function recommendationVersions(kb: KnowledgeBase, snapshots: Map<string, EditionSnapshot>): Map<string, RecommendationVersion[]> {
  const versions = new Map<string, RecommendationVersion[]>();
  const add = (id: string, version: RecommendationVersion) => versions.set(id, [...(versions.get(id) ?? []), version]);
  const current = kb.editions.at(-1)?.id;
  for (const edition of kb.editions) {
    const list = edition.id === current ? kb.recommendations : (snapshots.get(edition.id)?.recommendations ?? []);
    for (const r of list) add(r.id, {edition: edition.id, title: r.title, status: r.status, text: r.text, url: frozenUrl(r.url, edition.id)});
  }
  return versions;
}
