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
  test('extracts the seed article into its timeline: the events are what the extractor finds', async () => {
    expect(await ensureSeed(store)).toEqual(['royal-family']);
    const timeline = await store.getTimeline('royal-family');
    expect(timeline?.title).toBe(manifest.timeline.title);
    const { events } = await store.listEvents('royal-family');
    const on = (value: string) => events.filter((e) => e.date.value === value);
    // The article's own events, with its publication date as DCT.
    expect(on('2024-01-29')).toHaveLength(1);
    expect(on('2024-01-29')[0].title).toMatch(/London Clinic/);
    expect(on('2024-02-11')).toHaveLength(1);
    const steppedDown = on('2020');
    expect(steppedDown).toHaveLength(1);
    expect(steppedDown[0].mentions).toHaveLength(2);
    expect(on('2025')[0].places).toEqual(expect.arrayContaining(['Whistler', 'Vancouver']));
    expect(on('2024-02-14')).toHaveLength(1);
    expect(on('2024-W06')).toHaveLength(1);
    expect(events.some((e) => e.date.value === '2024-02-16TNI' && /Buckingham Palace/.test(e.title))).toBe(true);
    // The app's permalink and embed tests open this event by its id and title.
    const clinic = await store.getEvent('royal-family', '2024-01-29-king-charles-iii-leaves-the-london-clinic');
    expect(clinic?.title).toBe('King Charles III leaves The London Clinic');
    expect(clinic?.editedByHand).toBe(false);
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
