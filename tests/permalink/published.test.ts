import { loadPublished } from '@/lib/permalink/published';
import { makeEvent, timeline } from './fixtures';

/** A store double that counts the event listings, the expensive read loadPublished avoids. */
function countingStore() {
  const state = { timeline: { ...timeline, slug: 'counted' }, events: [makeEvent({ timeline: 'counted' })], listings: 0 };
  return {
    state,
    getTimeline: async (slug: string) => (slug === 'counted' ? state.timeline : null),
    listEvents: async () => {
      state.listings++;
      return { events: state.events, next: null };
    },
    listDocuments: async () => [],
  };
}

describe('published timelines', () => {
  test('loadPublished lists the events once while the timeline is unchanged', async () => {
    const store = countingStore();
    const first = await loadPublished(store, 'counted');
    const second = await loadPublished(store, 'counted');
    expect(second).toBe(first);
    expect(store.state.listings).toBe(1);
  });

  test('loadPublished reads again as soon as the timeline changed', async () => {
    const store = countingStore();
    await loadPublished(store, 'counted');
    store.state.events = [makeEvent({ timeline: 'counted', title: 'Renamed' })];
    store.state.timeline = { ...store.state.timeline, updatedAt: '2030-01-01T00:00:00.000Z' };
    const fresh = await loadPublished(store, 'counted');
    expect(fresh?.events[0].title).toBe('Renamed');
    expect(fresh?.version).toBe('2030-01-01T00:00:00.000Z');
  });

  test('loadPublished gives null for an unknown timeline', async () => {
    expect(await loadPublished(countingStore(), 'unknown')).toBeNull();
  });
});
