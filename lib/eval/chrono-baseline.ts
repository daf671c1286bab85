// The baseline lives with the harness, not in lib/extract: it is the yardstick our tagger is
// measured against, plain chrono-node with nothing of ours added.
import * as chrono from 'chrono-node';
import type { Timex, TimexType } from '../extract/types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A TIMEX3 type and value for what chrono is certain of; what it only implied is left out. */
function chronoValue(c: chrono.ParsedComponents): { type: TimexType; value: string } {
  const year = pad(c.get('year') ?? 0, 4);
  const month = pad(c.get('month') ?? 1, 2);
  const day = `${year}-${month}-${pad(c.get('day') ?? 1, 2)}`;
  if (c.isCertain('hour')) return { type: 'TIME', value: `${day}T${pad(c.get('hour') ?? 0, 2)}:${pad(c.get('minute') ?? 0, 2)}` };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: day };
  if (c.isCertain('month')) return { type: 'DATE', value: `${year}-${month}` };
  if (c.isCertain('year')) return { type: 'DATE', value: year };
  // Relative phrases ("two days ago") have nothing certain; chrono still resolves them to a day.
  return { type: 'DATE', value: day };
}

/** The reference instant for a DCT: local noon, as chrono resolves in local time and noon keeps the day in every zone. */
function chronoReference(dct: string): Date {
  const [year, month, day] = dct.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

/** Plain `chrono.casual.parse`, against the DCT. */
export function chronoParse(text: string, dct: string): chrono.ParsedResult[] {
  return chrono.casual.parse(text, chronoReference(dct));
}

/** Plain `chrono.casual.parse` as TIMEX3s; a range ("from May to June") is one timex valued by its start. */
export function chronoTimexes(text: string, dct: string): Timex[] {
  return chronoParse(text, dct).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    ...chronoValue(r.start),
  }));
}
