import type {Evaluation} from './rules';
import {END_USER_TYPES, type Worksheet} from './worksheet';

/** Long enough to describe a transfer, short enough for a search query. */
export const MAX_QUERY_WORDS = 60;

/**
 * The text the precedent search runs on: what the transfer is, where it goes, to whom, for what,
 * and the red flags it raises. Entry titles stand in for entry numbers, which precedents rarely
 * repeat. Built only in the browser; it never leaves it.
 */
export function worksheetQueryText(worksheet: Worksheet, evaluation: Evaluation, entryTitle: (slug: string) => string | undefined): string {
  const endUserType = END_USER_TYPES.find((type) => type.value === worksheet.endUser.type)?.label ?? '';
  const parts = [
    ...evaluation.entries.map((entry) => entryTitle(entry.slug) ?? ''),
    worksheet.item.description,
    worksheet.destination,
    endUserType,
    worksheet.endUser.name,
    worksheet.endUse,
    ...evaluation.flags.map(({flag}) => flag.title),
    worksheet.summary,
  ];
  const words = parts.join(' ').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return words.slice(0, MAX_QUERY_WORDS).join(' ');
}
