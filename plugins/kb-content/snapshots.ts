import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {KnowledgeBase, Origin, Recommendation, Versioned} from './types';

/**
 * The frozen copy of an edition, `content/editions/<id>/`: `guide/` (the chapters as they were,
 * served at /guide/<id>/…) and `records.json` (what each item was, to tell what changed since).
 */
export const EDITIONS_DIR = 'editions';
export const SNAPSHOT_FILE = 'records.json';

export type ItemKind = 'recommendation' | 'control' | 'precedent' | 'term';
export const ITEM_KIND_NAMES: Record<ItemKind, string> = {recommendation: 'Recommendation', control: 'Control-list entry', precedent: 'Precedent', term: 'Glossary term'};

/** A recommendation as an edition published it (the export shape, without history). */
export type FrozenRecommendation = Omit<Recommendation, 'origin' | 'history' | 'lastChanged'>;

export interface EditionSnapshot {
  edition: string;
  /** By ref (`recommendation:R5.3`, `control:<slug>` …): title, URL and a hash of what readers see. */
  items: Record<string, {title: string; url: string; fingerprint: string}>;
  recommendations: FrozenRecommendation[];
}

/** One item that editions track, under the same ref that search results and assignments use. */
export interface VersionedItem {
  ref: string;
  kind: ItemKind;
  id: string;
  title: string;
  url: string;
  record: Versioned & {origin: Origin};
  fingerprint: string;
  /** Withdrawn recommendations name their successor in the block, not in the history line. */
  successor?: string;
  withdrawn?: boolean;
}

const hash = (value: unknown) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 20);

/** Everything editions track, with a fingerprint of what a reader sees (not derived lists). */
export function versionedItems(kb: Pick<KnowledgeBase, 'recommendations' | 'controls' | 'precedents' | 'glossary'>): VersionedItem[] {
  return [
    ...kb.recommendations.map((r): VersionedItem => ({
      ref: `recommendation:${r.id}`, kind: 'recommendation', id: r.id, title: `${r.id} ${r.title}`, url: r.url, record: r,
      fingerprint: hash([r.title, r.status, r.successor ?? '', r.text]), successor: r.successor, withdrawn: r.status === 'withdrawn',
    })),
    ...kb.controls.map((c): VersionedItem => ({
      ref: `control:${c.slug}`, kind: 'control', id: c.slug, title: c.title, url: c.url, record: c,
      fingerprint: hash([c.title, c.kind, c.summary, c.entries, c.aliases, c.definitions, c.sources, c.text]),
    })),
    ...kb.precedents.map((p): VersionedItem => ({
      ref: `precedent:${p.id}`, kind: 'precedent', id: p.id, title: p.title, url: p.url, record: p,
      fingerprint: hash([p.title, p.date, p.state, ...(p.participants ? [p.participants] : []), p.authority, p.actor, p.action, p.items, p.controls, p.destinations, p.outcome, p.sources, p.text]),
    })),
    ...kb.glossary.map((g): VersionedItem => ({
      ref: `term:${g.slug}`, kind: 'term', id: g.slug, title: g.term, url: g.url, record: g,
      fingerprint: hash([g.term, g.aliases, g.short, g.sources, g.text]),
    })),
  ];
}

export function editionDir(contentDir: string, edition: string): string {
  return path.join(contentDir, EDITIONS_DIR, edition);
}

/** Where a frozen edition's chapters are served. */
export const frozenGuideBase = (edition: string) => `/guide/${edition}`;

/** The URL of a current guide URL (`/guide/x#r5-3`) in a frozen edition. */
export function frozenUrl(url: string, edition: string): string {
  return url.replace(/^\/guide\//, `${frozenGuideBase(edition)}/`);
}

/** The snapshot of the current content, as `npm run edition` freezes it. */
export function snapshotOf(kb: KnowledgeBase, edition: string): EditionSnapshot {
  return {
    edition,
    items: Object.fromEntries(versionedItems(kb).map((item) => [item.ref, {title: item.title, url: item.url, fingerprint: item.fingerprint}])),
    recommendations: kb.recommendations.map(({origin: _o, history: _h, lastChanged: _l, ...rest}) => rest),
  };
}

/** Edition folders present under content/editions/, whatever editions.yml says. */
export function frozenEditionIds(contentDir: string): string[] {
  const dir = path.join(contentDir, EDITIONS_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** The edition whose frozen guide a compiled file belongs to, if any. */
export function editionOfFile(contentDir: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  const [folder, edition, sub] = path.relative(contentDir, file).split(path.sep);
  return folder === EDITIONS_DIR && sub === 'guide' ? edition : undefined;
}

export function snapshotFile(contentDir: string, edition: string): string {
  return path.join(editionDir(contentDir, edition), SNAPSHOT_FILE);
}

export function readSnapshot(contentDir: string, edition: string): EditionSnapshot | undefined {
  const file = snapshotFile(contentDir, edition);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as EditionSnapshot) : undefined;
}

export interface ItemChange {
  ref: string;
  title: string;
  /** `new`: not in the snapshot; `changed`: its fingerprint differs; `removed`: gone from content. */
  change: 'new' | 'changed' | 'removed';
  origin?: Origin;
}

/** What differs between the content and a frozen edition. */
export function changesSince(items: VersionedItem[], snapshot: EditionSnapshot): ItemChange[] {
  const changes: ItemChange[] = [];
  const current = new Set<string>();
  for (const item of items) {
    current.add(item.ref);
    const frozen = snapshot.items[item.ref];
    if (!frozen) changes.push({ref: item.ref, title: item.title, change: 'new', origin: item.record.origin});
    else if (frozen.fingerprint !== item.fingerprint) changes.push({ref: item.ref, title: item.title, change: 'changed', origin: item.record.origin});
  }
  for (const [ref, frozen] of Object.entries(snapshot.items)) {
    if (!current.has(ref)) changes.push({ref, title: frozen.title, change: 'removed'});
  }
  return changes;
}
