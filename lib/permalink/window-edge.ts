/**
 * The edges of a visible window as they read in a URL: `2019`, `2019-06`, `2019-06-01`, or
 * `2019-06-01T14:30Z` when the edge falls inside a day. Years beyond 0000-9999 use ISO's expanded
 * form (`-000043-03-15` is 44 BCE), as `Instant` does, so every date a timeline can hold has an address.
 */
const EDGE = /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z)?)?)?$/;

/** Milliseconds since the epoch for a window edge, or null when it is not one or names no real day. */
export function parseWindowEdge(text: string): number | null {
  const m = EDGE.exec(text);
  if (!m) return null;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0] = m.slice(1).map((p) => (p === undefined ? undefined : Number(p)));
  if (year === undefined) return null;
  const date = new Date(0);
  // setUTCFullYear keeps years 0-99 as they are (Date.UTC would read 24 as 1924).
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return roundTrips ? date.getTime() : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function yearText(year: number): string {
  return year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

/** The shortest edge that names `ms` to the minute: the day alone at midnight, else day and time. */
export function formatWindowEdge(ms: number): string {
  const d = new Date(Math.round(ms / 60_000) * 60_000);
  const day = `${yearText(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0) return day;
  return `${day}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}Z`;
}
