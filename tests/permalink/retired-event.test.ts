import { deletedEventResponse, renamedEventPath } from '@/lib/permalink/retired-event';
import type { RetiredEvent } from '@/lib/store/store';
import { makeEvent } from './fixtures';

function historyStore(history: Record<string, RetiredEvent>, live: string[] = []) {
  return {
    retiredEvent: async (_slug: string, id: string) => history[id] ?? null,
    getEvent: async (_slug: string, id: string) => (live.includes(id) ? makeEvent({ id }) : null),
  };
}

describe('retired events', () => {
  test('deletedEventResponse answers 410 with a link to the timeline for a deleted event', async () => {
    const response = await deletedEventResponse('/timelines/royal-family/events/gone-event', historyStore({ 'gone-event': { kind: 'deleted' } }));
    expect(response?.status).toBe(410);
    expect(await response!.text()).toContain('<a href="/timelines/royal-family" target="_top">See the timeline.</a>');
  });

  test('deletedEventResponse lets the page answer for live, renamed, unknown and other addresses', async () => {
    const store = historyStore({ moved: { kind: 'renamed', id: 'new' }, back: { kind: 'deleted' } }, ['back']);
    for (const path of ['/timelines/royal-family/events/moved', '/timelines/royal-family/events/back', '/timelines/royal-family/events/never', '/timelines/royal-family', '/embed/royal-family/events/back', '/']) {
      expect(await deletedEventResponse(path, store)).toBeNull();
    }
  });

  test('renamedEventPath points a page or a card at the new id, keeping the query', () => {
    expect(renamedEventPath('royal-family', 'new-id', false)).toBe('/timelines/royal-family/events/new-id');
    expect(renamedEventPath('royal-family', 'new-id', true, '?theme=dark')).toBe('/embed/royal-family/events/new-id?theme=dark');
  });
});
