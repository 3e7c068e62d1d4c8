/**
 * Control-list entry notations, shared by the build (linker, validators) and the browser
 * (exact-ID search). One canonical key per entry number, whatever the regime writes:
 * Wassenaar `4.E.1.c`, EU/US `4E001.c`, shorthand `4E1c` and `ECCN 4E001.c` all become `4E001.c`.
 */

export interface ControlNumber {
  /** Category digit, e.g. `4`. */
  category: string;
  /** Product group letter A–E. */
  group: string;
  /** Entry number without padding, e.g. `5`. */
  entry: number;
  /** Sub-paragraphs, e.g. `['c']` or `['a', '1']`. */
  sub: string[];
}

/**
 * A token that has the shape of a control-list number. The two consistent spellings are
 * dotted (`4.A.5`, `4.E.1.c`) and compact (`4A005`, `4A5`, `4E001.c`, `4E001c`); mixed
 * spellings such as `4.A005` are not numbers. Look-arounds reject partial tokens such as
 * `14A005` and `4A0055`. An optional `ECCN ` prefix is part of the mention.
 */
const NUMBER_SOURCE =
  String.raw`(?<![\w.\/-])(?:(ECCN)\s+)?` +
  String.raw`(?:(\d)\.([A-E])\.(\d{1,3})((?:\.[a-z](?:\.\d{1,2})?)*)` +
  String.raw`|(\d)([A-E])(\d{3}|\d{1,2}(?![\d]))((?:\.?[a-z](?![a-z])(?:\.\d{1,2})?)*))` +
  String.raw`(?![\w])`;

/** A fresh global regex (callers use `lastIndex`, so never share one). */
export function controlNumberPattern(): RegExp {
  return new RegExp(NUMBER_SOURCE, 'g');
}

export interface NumberMatch {
  /** The whole mention as written, including an `ECCN ` prefix. */
  text: string;
  index: number;
  number: ControlNumber;
  /** `ECCN` when the writer named the US list explicitly. */
  prefix?: 'ECCN';
}

function splitSub(raw: string): string[] {
  return raw.split(/\.|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])|(?<=[a-z])(?=[a-z])/).filter(Boolean);
}

/** Every control-number-shaped token in a string, in order. */
export function findControlNumbers(text: string): NumberMatch[] {
  const pattern = controlNumberPattern();
  const found: NumberMatch[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const dotted = m[2] !== undefined;
    const number: ControlNumber = {
      category: dotted ? m[2] : m[6],
      group: dotted ? m[3] : m[7],
      entry: Number(dotted ? m[4] : m[8]),
      sub: splitSub(dotted ? m[5] : m[9]),
    };
    // Trailing sentence punctuation is never part of a number ("… under 4A005.").
    found.push({text: m[0], index: m.index, number, prefix: m[1] ? 'ECCN' : undefined});
  }
  return found;
}

/** `4E001.c`: the key every notation of one entry shares. */
export function canonicalKey(n: ControlNumber): string {
  const base = `${n.category}${n.group}${String(n.entry).padStart(3, '0')}`;
  return n.sub.length ? `${base}.${n.sub.join('.')}` : base;
}

/** Parses a single number written in any accepted notation, or returns undefined. */
export function parseControlNumber(text: string): ControlNumber | undefined {
  const matches = findControlNumbers(text.trim());
  return matches.length === 1 && matches[0].text === text.trim() ? matches[0].number : undefined;
}

/** Keys of the entry and each of its ancestors, most specific first: `4E001.c`, `4E001`. */
export function ancestorKeys(n: ControlNumber): string[] {
  const keys: string[] = [];
  for (let depth = n.sub.length; depth >= 0; depth -= 1) {
    keys.push(canonicalKey({...n, sub: n.sub.slice(0, depth)}));
  }
  return keys;
}

/** Every spelling people use for one number, for display, fixtures and exact-ID search. */
export function notationsOf(n: ControlNumber): string[] {
  const padded = String(n.entry).padStart(3, '0');
  const compactSub = n.sub.join('.');
  const dotted = [n.category, n.group, String(n.entry), ...n.sub].join('.');
  const compact = `${n.category}${n.group}${padded}${compactSub ? `.${compactSub}` : ''}`;
  const short = `${n.category}${n.group}${n.entry}${n.sub.join('')}`;
  const glued = `${n.category}${n.group}${padded}${n.sub.join('')}`;
  return [...new Set([compact, dotted, glued, short, `ECCN ${compact}`])];
}

/** The Wassenaar spelling: `4.E.1.c`. */
export function dottedNotation(n: ControlNumber): string {
  return [n.category, n.group, String(n.entry), ...n.sub].join('.');
}
