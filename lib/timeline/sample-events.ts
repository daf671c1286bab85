import type { Event, Granularity } from '@/lib/model';

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Ada Lovelace', 'Nelson Mandela', 'Marie Curie', 'Winston Churchill', 'Frida Kahlo', 'Alan Turing', 'Rosa Parks', 'Albert Einstein', 'Indira Gandhi', 'Charles III'];
const PLACES = ['London', 'Paris', 'Berlin', 'Cape Town', 'Delhi', 'New York', 'Tokyo', 'Mexico City', 'Geneva', 'Cairo'];
const ORGS = ['United Nations', 'Royal Society', 'BBC', 'Red Cross', 'NASA', 'European Union'];
const TAGS = ['politics', 'science', 'war', 'culture', 'economy', 'health'];
const VERBS = ['opens', 'signs', 'visits', 'announces', 'leaves', 'wins', 'launches', 'closes', 'meets', 'publishes'];
const THINGS = ['treaty', 'hospital', 'exhibition', 'election', 'laboratory', 'summit', 'bridge', 'report', 'prize', 'railway'];

const DAY = 86_400_000;
const pick = <T>(random: () => number, list: readonly T[]) => list[Math.floor(random() * list.length)];
const iso = (ms: number) => new Date(ms).toISOString();

/** The span of one period of `granularity` that holds `ms`: [start, inclusive end]. */
function periodAround(ms: number, granularity: Granularity): [number, number] {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (granularity) {
    case 'time':
      return [Math.floor(ms / 60_000) * 60_000, Math.floor(ms / 60_000) * 60_000];
    case 'day':
      return [Math.floor(ms / DAY) * DAY, Math.floor(ms / DAY) * DAY + DAY - 1];
    case 'week': {
      const monday = Math.floor(ms / DAY) * DAY - ((d.getUTCDay() + 6) % 7) * DAY;
      return [monday, monday + 7 * DAY - 1];
    }
    case 'month':
      return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1) - 1];
    case 'quarter':
    case 'season':
      return [Date.UTC(y, m - (m % 3), 1), Date.UTC(y, m - (m % 3) + 3, 1) - 1];
    case 'year':
      return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1];
    case 'decade':
      return [Date.UTC(y - (y % 10), 0, 1), Date.UTC(y - (y % 10) + 10, 0, 1) - 1];
    case 'century':
      return [Date.UTC(y - (y % 100), 0, 1), Date.UTC(y - (y % 100) + 100, 0, 1) - 1];
  }
}

const GRANULARITY_MIX: [Granularity, number][] = [
  ['day', 0.5],
  ['time', 0.08],
  ['week', 0.08],
  ['month', 0.16],
  ['year', 0.14],
  ['decade', 0.04],
];

function pickGranularity(random: () => number): Granularity {
  let r = random();
  for (const [g, p] of GRANULARITY_MIX) if ((r -= p) < 0) return g;
  return 'day';
}

/**
 * `n` deterministic pseudo-random events between `from` and `to` (ms) for benchmarks and browser tests:
 * a mix of granularities, about one in ten approximate, and about one in fifty a range of years.
 */
export function sampleEvents(n: number, seed = 1, from = Date.UTC(1900, 0, 1), to = Date.UTC(2025, 0, 1), timeline = 'bench'): Event[] {
  const random = seededRandom(seed);
  const events: Event[] = [];
  for (let i = 0; i < n; i++) {
    const at = from + random() * (to - from);
    const isRange = random() < 0.02;
    const granularity: Granularity = isRange ? 'year' : pickGranularity(random);
    const [start, periodEnd] = periodAround(at, granularity);
    let end = periodEnd;
    if (isRange) end = periodAround(start + (2 + Math.floor(random() * 8)) * 365.25 * DAY, 'year')[1];
    const title = `${pick(random, PEOPLE).split(' ')[0]} ${pick(random, VERBS)} ${pick(random, THINGS)}`;
    const when = isRange ? `from ${new Date(start).getUTCFullYear()} to ${new Date(end).getUTCFullYear()}` : `in ${new Date(start).getUTCFullYear()}`;
    const sentence = `${title} ${when}, officials said.`;
    const timexStart = title.length + 1;
    const documentId = `doc-${1 + Math.floor(random() * 40)}`;
    const people = random() < 0.85 ? [pick(random, PEOPLE)] : [];
    events.push({
      id: `e${i}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      timeline,
      title,
      summary: '',
      date: {
        value: granularity === 'year' ? String(new Date(start).getUTCFullYear()) : iso(start).slice(0, 10),
        start: iso(start),
        end: iso(end),
        granularity,
        approximate: random() < 0.1,
      },
      mentions: [{ documentId, start: 0, end: sentence.length, timexStart, timexEnd: timexStart + when.length, sentence }],
      people,
      places: random() < 0.7 ? [pick(random, PLACES)] : [],
      organizations: random() < 0.4 ? [pick(random, ORGS)] : [],
      tags: [pick(random, TAGS)],
      confidence: 0.5 + random() / 2,
      editedByHand: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  }
  return events;
}
