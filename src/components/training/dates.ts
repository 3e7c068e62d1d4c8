/** A due date (YYYY-MM-DD) in the reader's own language and order, e.g. "10 December 2026". */
export function formatDueDate(due: string, locale?: string): string {
  const [year, month, day] = due.split('-').map(Number);
  if (!year || !month || !day) return due;
  // Noon UTC, formatted in UTC: the same calendar day in every time zone.
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(Date.UTC(year, month - 1, day, 12)));
}
