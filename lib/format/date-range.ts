const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
// Without the era, 44 BC would read as the year 44 AD.
const monthYearEra = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', era: 'short', timeZone: 'UTC' });

function formatMonth(instant: string): string {
  const date = new Date(instant);
  return (date.getUTCFullYear() < 1 ? monthYearEra : monthYear).format(date);
}

/** "Jan 2020 – Feb 2024": a timeline's span on a card, in UTC so that server and reader agree. */
export function formatDateRange(start: string, end: string): string {
  const from = formatMonth(start);
  const to = formatMonth(end);
  return from === to ? from : `${from} – ${to}`;
}
