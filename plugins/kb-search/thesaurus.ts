/**
 * Reads and validates `content/thesaurus.yml` and compiles it, with the glossary's aliases, into
 * the map the index carries for query expansion (src/shared/search/thesaurus.ts).
 *
 * Entries are Solr-style lines: `a, b, c` (equivalents) or `a, b => c` (one way). Glossary terms
 * with their `aliases` are equivalence groups already, so a fact is written in one place.
 */
import fs from 'node:fs';
import {isScalar, isSeq, LineCounter, parseDocument} from 'yaml';
import {ContentError, displayPath} from '../kb-content/errors';
import {normalisePhrase, type ThesaurusMap} from '../../src/shared/search/thesaurus';
import {tokenize} from '../../src/shared/search/lexical';

/** Where the thesaurus lives, under the content folder. */
export const THESAURUS_FILE = 'thesaurus.yml';

export interface GlossaryGroup {
  term: string;
  aliases: string[];
  file: string;
}

interface Entry {
  line: number;
  sources: string[];
  /** Absent for a group of equivalents. */
  targets?: string[];
}

const SYNTAX_FIX = 'write `- a, b, c` for equivalents or `- a, b => c` for a one-way expansion';

/** Parses the file into entries, with the line each was written on; checks form only. */
export function parseThesaurus(file: string, source: string): Entry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {lineCounter});
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ContentError(file, error.linePos?.[0].line ?? 1, `not valid YAML: ${error.message.split('\n')[0]}`, 'fix the YAML syntax');
  }
  const root = doc.contents;
  const list = root && 'get' in root ? (root as {get: (key: string, keep: true) => unknown}).get('synonyms', true) : undefined;
  if (!isSeq(list)) throw new ContentError(file, 1, 'the thesaurus has no `synonyms:` list', `start the file with \`synonyms:\` and give one entry a line: ${SYNTAX_FIX}`);
  const lines = source.split('\n');
  return list.items.map((item) => {
    const range = (item as {range?: [number, number, number]} | null)?.range;
    const line = lineCounter.linePos(range ? range[0] : 0).line;
    if (!isScalar(item) || typeof item.value !== 'string') throw new ContentError(file, line, 'an entry is not a line of text', SYNTAX_FIX);
    if (!/^\s*#\s*\S/.test(lines[line - 2] ?? '')) throw new ContentError(file, line, `entry "${item.value}" has no comment`, 'add a `# …` line above it saying why the words belong together');
    const sides = item.value.split('=>');
    if (sides.length > 2) throw new ContentError(file, line, `entry "${item.value}" has more than one \`=>\``, SYNTAX_FIX);
    const terms = (side: string) => side.split(',').map((term) => term.trim());
    const sources = terms(sides[0]);
    const targets = sides.length === 2 ? terms(sides[1]) : undefined;
    if ([...sources, ...(targets ?? [])].some((term) => normalisePhrase(term) === '')) {
      throw new ContentError(file, line, `entry "${item.value}" has an empty term`, `remove the stray comma or \`=>\`; ${SYNTAX_FIX}`);
    }
    if (!targets && sources.length < 2) throw new ContentError(file, line, `entry "${item.value}" has only one term`, SYNTAX_FIX);
    return {line, sources, targets};
  });
}

/** Union–find over normalised phrases: which phrases are equivalent. */
class Equivalence {
  private parent = new Map<string, string>();
  find(phrase: string): string {
    let root = phrase;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }
  join(a: string, b: string): void {
    if (!this.parent.has(a)) this.parent.set(a, a);
    if (!this.parent.has(b)) this.parent.set(b, b);
    this.parent.set(this.find(a), this.find(b));
  }
}

/**
 * Validates the entries against the content and the glossary and compiles the expansion map.
 * `contentText` is every chunk's searchable text; a target must occur in it, or it would expand
 * a query into words that find nothing.
 */
export function compileThesaurus(file: string, entries: Entry[], glossary: GlossaryGroup[], contentText: string[]): ThesaurusMap {
  const haystack = ` ${contentText.map((text) => tokenize(text).join(' ')).join(' | ')} `;
  const occurs = (phrase: string) => haystack.includes(` ${normalisePhrase(phrase)} `);

  const glossaryOf = new Map<string, GlossaryGroup>();
  for (const group of glossary) for (const term of [group.term, ...group.aliases]) glossaryOf.set(normalisePhrase(term), group);

  // Duplicates: a term written twice in the thesaurus, or restating a glossary alias pair.
  const firstLine = new Map<string, number>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const term of [...entry.sources, ...(entry.targets ?? [])]) {
      const phrase = normalisePhrase(term);
      if (seen.has(phrase)) throw new ContentError(file, entry.line, `"${term}" appears twice in this entry`, 'remove one of them');
      seen.add(phrase);
    }
    // A term is expanded by one entry only; targets may be shared.
    for (const term of entry.sources) {
      const phrase = normalisePhrase(term);
      const earlier = firstLine.get(phrase);
      if (earlier !== undefined) throw new ContentError(file, entry.line, `"${term}" is already in the entry on line ${earlier}`, `merge this entry into line ${earlier}, or remove "${term}" from one of them`);
      firstLine.set(phrase, entry.line);
    }
    const groups = new Set([...seen].map((phrase) => glossaryOf.get(phrase)));
    if (groups.size === 1 && !groups.has(undefined)) {
      const group = [...groups][0]!;
      throw new ContentError(file, entry.line, `every term of this entry is already the glossary term "${group.term}" or one of its aliases (${displayPath(group.file)})`, `remove the entry; aliases in ${displayPath(group.file)} are searched as equivalents already`);
    }
  }

  // Targets must name something in the content.
  for (const entry of entries) {
    if (entry.targets) {
      for (const target of entry.targets) {
        if (!occurs(target)) throw new ContentError(file, entry.line, `the target "${target}" does not occur anywhere in the content`, 'expand to a word or phrase the content uses (a glossary term, heading or entry name)');
      }
    } else if (!entry.sources.some(occurs)) {
      throw new ContentError(file, entry.line, `none of ${entry.sources.map((t) => `"${t}"`).join(', ')} occurs anywhere in the content`, 'include at least one word or phrase the content uses, or make it a one-way entry `… => <content word>`');
    }
  }

  // Equivalence classes: glossary groups and thesaurus groups of equivalents.
  const equivalent = new Equivalence();
  const display = new Map<string, string>();
  const addGroup = (terms: string[]) => {
    const phrases = terms.map(normalisePhrase);
    terms.forEach((term, i) => display.set(phrases[i], display.get(phrases[i]) ?? term));
    for (const phrase of phrases.slice(1)) equivalent.join(phrases[0], phrase);
    if (phrases.length === 1) equivalent.join(phrases[0], phrases[0]);
  };
  for (const group of glossary) addGroup([group.term, ...group.aliases]);
  for (const entry of entries) if (!entry.targets) addGroup(entry.sources);

  // Cycles: one-way entries whose targets lead back to their sources, directly or through others.
  const edges = new Map<string, {to: string; line: number}[]>();
  for (const entry of entries) {
    if (!entry.targets) continue;
    for (const source of entry.sources) {
      for (const target of entry.targets) {
        const from = equivalent.find(normalisePhrase(source));
        const to = equivalent.find(normalisePhrase(target));
        if (from === to) throw new ContentError(file, entry.line, `"${source}" => "${target}" expands a term to its own equivalent`, `remove "${source}" from this entry: it is already equivalent to "${target}"`);
        edges.set(from, [...(edges.get(from) ?? []), {to, line: entry.line}]);
      }
    }
  }
  for (const entry of entries) {
    if (!entry.targets) continue;
    const start = equivalent.find(normalisePhrase(entry.sources[0]));
    const path = findPath(edges, start, start);
    if (path) {
      const lines = [...new Set(path)].sort((a, b) => a - b);
      throw new ContentError(file, entry.line, `one-way entries form a cycle (lines ${lines.join(', ')})`, 'make them one group of equivalents `a, b, c`, or remove one direction');
    }
  }

  // The map: each member of a class → the other members; each one-way source → its targets.
  const members = new Map<string, string[]>();
  for (const phrase of display.keys()) {
    const root = equivalent.find(phrase);
    members.set(root, [...(members.get(root) ?? []), phrase]);
  }
  const map: ThesaurusMap = {};
  const add = (phrase: string, targets: string[]) => {
    const current = map[phrase] ?? [];
    for (const target of targets) if (normalisePhrase(target) !== phrase && !current.includes(target)) current.push(target);
    if (current.length > 0) map[phrase] = current;
  };
  for (const group of members.values()) for (const phrase of group) add(phrase, group.map((p) => display.get(p)!));
  for (const entry of entries) {
    if (!entry.targets) continue;
    for (const source of entry.sources) {
      const phrase = normalisePhrase(source);
      display.set(phrase, display.get(phrase) ?? source);
      add(phrase, entry.targets);
    }
  }
  return map;
}

/** Lines of the one-way entries on a path from `from` back to `goal`, if there is one. */
function findPath(edges: Map<string, {to: string; line: number}[]>, from: string, goal: string, seen = new Set<string>()): number[] | undefined {
  for (const edge of edges.get(from) ?? []) {
    if (edge.to === goal) return [edge.line];
    if (seen.has(edge.to)) continue;
    seen.add(edge.to);
    const rest = findPath(edges, edge.to, goal, seen);
    if (rest) return [edge.line, ...rest];
  }
  return undefined;
}

/** Reads, validates and compiles the thesaurus file; a missing file is an empty thesaurus. */
export function loadThesaurus(file: string, glossary: GlossaryGroup[], contentText: string[]): ThesaurusMap {
  const entries = fs.existsSync(file) ? parseThesaurus(file, fs.readFileSync(file, 'utf8')) : [];
  return compileThesaurus(file, entries, glossary, contentText);
}
