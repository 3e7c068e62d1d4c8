import {canonicalKey, dottedNotation, parseControlNumber} from '../../src/shared/notation';

/**
 * The numbers an officer knows an entry by, compact and Wassenaar-dotted, without repeats:
 * `4A005 · 4.A.5`. Numbers that are not control-list numbers (`Article 5`) stay as written.
 */
export function entryNumbersLabel(entries: {number: string}[]): string {
  const labels = entries.flatMap(({number}) => {
    const parsed = parseControlNumber(number);
    return parsed ? [canonicalKey(parsed), dottedNotation(parsed)] : [number];
  });
  return [...new Set(labels)].join(' · ');
}

/** A control record's page title: `4A005 · 4.A.5 — Systems, equipment …`. */
export function numberedTitle(title: string, entries: {number: string}[]): string {
  const numbers = entryNumbersLabel(entries);
  return numbers ? `${numbers} — ${title}` : title;
}
