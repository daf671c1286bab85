import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedFile } from '@/lib/model';
import { ensureSeed } from '@/lib/seed/ensure-seed';
import { openStore } from '@/lib/store/open-store';
import type { Store } from '@/lib/store/store';

const manifest = SeedFile.parse(JSON.parse(readFileSync('data/seed/royal-family.json', 'utf8')));

let folder: string;
let store: Store;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'seed-'));
  store = await openStore(`sqlite:${join(folder, 'timeline.db')}`);
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('ensureSeed(store)', () => {
  test('extracts the seed article into its timeline, with the hand-checked titles and ids over the events they match', async () => {
    expect(await ensureSeed(store)).toEqual(['royal-family']);
    const timeline = await store.getTimeline('royal-family');
    expect(timeline?.title).toBe(manifest.timeline.title);
    const { events } = await store.listEvents('royal-family');
    for (const checked of manifest.events) {
      const stored = events.find((e) => e.id === checked.id);
      expect(stored).toMatchObject({ title: checked.title, date: { value: checked.date.value } });
    }
    // Every hand-checked event was also found by extraction, which adds the sentence-level names it found.
    const steppedDown = events.find((e) => e.date.value === '2020')!;
    expect(steppedDown.mentions).toHaveLength(2);
    // Extraction finds more than was checked by hand.
    expect(events.length).toBeGreaterThan(manifest.events.length);
    expect(events.some((e) => e.date.value === '2024-02-16TNI' && /Buckingham Palace/.test(e.title))).toBe(true);
    // The app's permalink and embed tests open this event by its id and title.
    const clinic = await store.getEvent('royal-family', '2024-01-29-king-charles-iii-leaves-the-london-clinic');
    expect(clinic?.title).toBe('King Charles III leaves The London Clinic');
    const document = await store.getDocument('royal-family', manifest.document.id);
    expect(document?.dct.value).toBe('2024-02-17');
    expect(clinic?.mentions[0].documentId).toBe(manifest.document.id);
  });

  test('is idempotent: a store that holds a timeline is left as it is', async () => {
    const before = (await store.listEvents('royal-family')).events;
    expect(await ensureSeed(store)).toEqual([]);
    expect((await store.listEvents('royal-family')).events).toEqual(before);
  });
});
