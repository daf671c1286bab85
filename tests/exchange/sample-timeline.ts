import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NewEvent, SeedFile } from '@/lib/model';
import type { Store } from '@/lib/store/store';

/** Events that stress the formats: a BC date, a multi-day span, a timed event, text that needs escaping. */
export const awkwardEvents: NewEvent[] = [
  {
    id: 'bc-0044-03-15-caesar-is-killed',
    title: 'Caesar is killed; "et tu", Brute?',
    summary: 'On the Ides of March,\nin Rome — a line with commas, semicolons; and a \\ backslash.',
    date: { value: 'BC0044-03-15', start: '-000043-03-15T00:00:00.000Z', end: '-000043-03-15T23:59:59.999Z', granularity: 'day', approximate: true },
    mentions: [{ documentId: 'second', start: 0, end: 20, timexStart: 3, timexEnd: 10, sentence: 'On the Ides of March' }],
    people: ['Julius Caesar', 'Brutus'],
    places: ['Rome'],
    organizations: ['Senate'],
    tags: ['=HYPERLINK("http://evil")', 'antiquity'],
    confidence: 0.4,
    editedByHand: true,
  },
  {
    id: '2024-w06-a-week-of-talks',
    title: 'A week of talks 🗓️ with Zoë',
    summary: '',
    date: { value: '2024-W06', start: '2024-02-05T00:00:00.000Z', end: '2024-02-11T23:59:59.999Z', granularity: 'week', approximate: false },
    mentions: [],
    people: ['Zoë Ångström'],
    places: [],
    organizations: [],
    tags: ['talks'],
    confidence: 0.7,
    editedByHand: false,
  },
  {
    id: '2024-02-12t10-30-press-conference',
    title: 'Press conference',
    summary: 'At <b>10:30</b> & not before.',
    date: { value: '2024-02-12T10:30', start: '2024-02-12T10:30:00.000Z', end: '2024-02-12T10:30:59.999Z', granularity: 'time', approximate: false },
    mentions: [],
    people: [],
    places: [],
    organizations: [],
    tags: [],
    confidence: 0.9,
    editedByHand: false,
  },
];

/** The royal-family seed plus a second document carrying the awkward events. */
export async function loadSample(store: Store, slug = 'royal-family'): Promise<void> {
  const seed = SeedFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), 'data/seed/royal-family.json'), 'utf8')));
  const text = readFileSync(path.join(process.cwd(), seed.document.source), 'utf8');
  await store.createTimeline({ ...seed.timeline, slug });
  // Hand-checked events of the seed article: a fixed dataset, so these tests do not move with the extractor.
  const events = z.array(NewEvent).parse(JSON.parse(readFileSync(path.join(process.cwd(), 'tests/fixtures/royal-family-events.json'), 'utf8')));
  await store.addDocument(slug, { ...seed.document, text }, events);
  await store.addDocument(
    slug,
    { id: 'second', title: 'Ünïcode 𝒯itle', source: '', dct: { value: null, source: 'none', reason: '' }, text: 'On the Ides of March, in Rome.\r\nTabs\there.' },
    awkwardEvents,
  );
}
