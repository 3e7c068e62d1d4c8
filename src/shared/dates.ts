/** "2016-03" → "March 2016": dates keep the precision the source gave. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const monthName = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-GB', {month: 'long', timeZone: 'UTC'});
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
