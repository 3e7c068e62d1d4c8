/**
 * Resolves a written mention of a control-list entry to the record that carries it. Shared by
 * the build (linker, validators) and the browser (exact-ID search), so both agree.
 *
 * Resolution rule (documented for authors in content/AUTHORING.md):
 * 1. A number resolves to the record carrying that exact number (`4E001.c`), else to the record
 *    carrying its nearest ancestor (`4A005.b` → `4A005`): the most specific record wins.
 * 2. A number that no record carries but that is the parent of records (`4E001` when records
 *    carry `4E001.a` and `4E001.c`) resolves to the register filtered to that family.
 * 3. Anything else with the shape of a number (`4D999`) is unknown: the build warns.
 * 4. Aliases (`Article 5`, `License Exception ACE`) match case-insensitively on word boundaries,
 *    with optional paragraph numbers (`Article 5(2)`). Two records claiming one number or alias
 *    is an error when the registry is built, so a mention can never be ambiguous.
 */
import {ancestorKeys, canonicalKey, findControlNumbers, type ControlNumber} from './notation';
import {escapeRegExp} from './text';

export interface RegistryRecord {
  slug: string;
  title: string;
  /** Canonical keys of the numbers the record carries. */
  keys: string[];
  aliases: string[];
}

export type Resolution =
  | {kind: 'entry'; slug: string}
  | {kind: 'family'; key: string}
  | {kind: 'unknown'};

export interface Mention {
  text: string;
  index: number;
  resolution: Resolution;
}

export class RegistryConflict extends Error {}

export class ControlRegistry {
  private readonly byKey = new Map<string, string>();
  private readonly families = new Set<string>();
  private readonly byAlias = new Map<string, string>();
  private readonly aliasPattern?: RegExp;
  readonly titles = new Map<string, string>();

  constructor(records: RegistryRecord[]) {
    for (const record of records) {
      this.titles.set(record.slug, record.title);
      for (const key of record.keys) {
        const owner = this.byKey.get(key);
        if (owner && owner !== record.slug) {
          throw new RegistryConflict(`number ${key} is claimed by both "${owner}" and "${record.slug}"`);
        }
        this.byKey.set(key, record.slug);
      }
      for (const alias of record.aliases) {
        const normal = normaliseAlias(alias);
        const owner = this.byAlias.get(normal);
        if (owner && owner !== record.slug) {
          throw new RegistryConflict(`alias "${alias}" is claimed by both "${owner}" and "${record.slug}"`);
        }
        this.byAlias.set(normal, record.slug);
      }
    }
    for (const key of this.byKey.keys()) {
      const parts = key.split('.');
      for (let depth = 1; depth < parts.length; depth += 1) this.families.add(parts.slice(0, depth).join('.'));
    }
    const aliases = [...this.byAlias.keys()].sort((a, b) => b.length - a.length);
    if (aliases.length > 0) {
      const alternatives = aliases.map((alias) => escapeRegExp(alias).replace(/\\?\s+/g, '\\s+'));
      // A paragraph suffix such as (1) belongs to the mention; a following digit means another number.
      this.aliasPattern = new RegExp(
        String.raw`(?<![\w])(?:${alternatives.join('|')})(?:\(\d+\))*(?![\w])`,
        'gi',
      );
    }
  }

  resolveNumber(number: ControlNumber): Resolution {
    for (const key of ancestorKeys(number)) {
      const slug = this.byKey.get(key);
      if (slug) return {kind: 'entry', slug};
    }
    const key = canonicalKey(number);
    if (this.families.has(key)) return {kind: 'family', key};
    return {kind: 'unknown'};
  }

  resolveAlias(text: string): Resolution {
    const slug = this.byAlias.get(normaliseAlias(text.replace(/(\(\d+\))+$/, '')));
    return slug ? {kind: 'entry', slug} : {kind: 'unknown'};
  }

  /** Every mention in a string, left to right, never overlapping (the longer one wins). */
  findMentions(text: string): Mention[] {
    const found: Mention[] = findControlNumbers(text).map((match) => ({
      text: match.text,
      index: match.index,
      resolution: this.resolveNumber(match.number),
    }));
    if (this.aliasPattern) {
      this.aliasPattern.lastIndex = 0;
      for (let m = this.aliasPattern.exec(text); m; m = this.aliasPattern.exec(text)) {
        found.push({text: m[0], index: m.index, resolution: this.resolveAlias(m[0])});
      }
    }
    found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: Mention[] = [];
    for (const mention of found) {
      const last = kept[kept.length - 1];
      if (!last || mention.index >= last.index + last.text.length) kept.push(mention);
    }
    return kept;
  }

  /** Resolves one whole token, as written in a tag list (`4A005`, `ECCN 4E001.c`, `Article 5`). */
  resolveToken(token: string): Resolution {
    const mentions = this.findMentions(token.trim());
    if (mentions.length === 1 && mentions[0].text === token.trim()) return mentions[0].resolution;
    return {kind: 'unknown'};
  }

  /** Every spelling that resolves to an entry, for suggestions. */
  knownSpellings(): {spelling: string; slug: string}[] {
    return [
      ...[...this.byKey].map(([spelling, slug]) => ({spelling, slug})),
      ...[...this.byAlias].map(([spelling, slug]) => ({spelling, slug})),
    ];
  }

  /** The known entries nearest to a misspelt one, closest first. */
  nearest(token: string, count = 3): string[] {
    const target = token.toLowerCase().replace(/^eccn\s+/, '');
    return this.knownSpellings()
      .map(({spelling}) => ({spelling, distance: editDistance(target, spelling.toLowerCase())}))
      .sort((a, b) => a.distance - b.distance || a.spelling.localeCompare(b.spelling))
      .slice(0, count)
      .map(({spelling}) => spelling);
  }
}

function normaliseAlias(alias: string): string {
  return alias.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Levenshtein distance; the lists are tiny, so the simple table is fine. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const saved = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = saved;
    }
  }
  return previous[b.length];
}
