import type {Evaluation} from './rules';
import {END_USER_TYPES, type Worksheet} from './worksheet';

/** Long enough to describe a transfer, short enough for a search query. */
export const MAX_QUERY_WORDS = 60;

/**
 * The text the precedent search runs on: what the item is, the red flags raised, who buys it, for
 * what and where, and the entries that apply (by title: precedents rarely repeat entry numbers). Built only in the browser; it never leaves it.
 */
export function worksheetQueryText(worksheet: Worksheet, evaluation: Evaluation, entryTitle: (slug: string) => string | undefined): string {
  const endUserType = END_USER_TYPES.find((type) => type.value === worksheet.endUser.type)?.label ?? '';
  // Most telling first, since the text is capped: precedents turn on what went wrong and who
  // bought, more than on which list entry applied.
  const parts = [
    worksheet.item.description,
    ...evaluation.flags.map(({flag}) => flag.title),
    endUserType,
    worksheet.endUse,
    worksheet.destination,
    worksheet.endUser.name,
    ...evaluation.entries.map((entry) => entryTitle(entry.slug) ?? ''),
    worksheet.summary,
  ];
  const words = parts.join(' ').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return words.slice(0, MAX_QUERY_WORDS).join(' ');
}
