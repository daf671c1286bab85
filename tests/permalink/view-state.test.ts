import fc from 'fast-check';
import { formatWindowEdge, parseWindowEdge } from '@/lib/permalink/window-edge';
import { parseViewState } from '@/lib/permalink/parse-view-state';
import { historyMode, serialiseViewState, snapWindow, type ViewState } from '@/lib/permalink/view-state';

const ms = (iso: string) => Date.parse(iso);

describe('window edges', () => {
  test('parseWindowEdge reads a year, a month, a day and a time of day', () => {
    expect(parseWindowEdge('2019')).toBe(ms('2019-01-01T00:00:00Z'));
    expect(parseWindowEdge('2019-06')).toBe(ms('2019-06-01T00:00:00Z'));
    expect(parseWindowEdge('2019-06-15')).toBe(ms('2019-06-15T00:00:00Z'));
    expect(parseWindowEdge('2019-06-15T14:30Z')).toBe(ms('2019-06-15T14:30:00Z'));
    expect(parseWindowEdge('2019-06-15T14:30:05.250Z')).toBe(ms('2019-06-15T14:30:05.250Z'));
  });

  test('parseWindowEdge keeps years 0-99 and reads expanded BCE years', () => {
    expect(new Date(parseWindowEdge('0024-03-01')!).getUTCFullYear()).toBe(24);
    expect(new Date(parseWindowEdge('-000043-03-15')!).getUTCFullYear()).toBe(-43);
  });

  test('parseWindowEdge refuses days that do not exist and text that is not a date', () => {
    for (const bad of ['2023-02-29', '2019-13-01', '2019-06-15T24:00Z', '2019-6-1', 'yesterday', '', '2019-06-15T14:30', '12019-01-01']) {
      expect(parseWindowEdge(bad)).toBeNull();
    }
  });

  test('formatWindowEdge writes the day alone at midnight and the minute otherwise', () => {
    expect(formatWindowEdge(ms('2019-01-01T00:00:00Z'))).toBe('2019-01-01');
    expect(formatWindowEdge(ms('2019-01-01T09:05:00Z'))).toBe('2019-01-01T09:05Z');
    expect(formatWindowEdge(ms('-000043-03-15T00:00:00Z'))).toBe('-000043-03-15');
  });

  test('formatWindowEdge then parseWindowEdge returns the instant rounded to the minute', () => {
    const lo = ms('-009999-01-01T00:00:00Z');
    const hi = ms('+099999-12-31T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (t) => {
        expect(parseWindowEdge(formatWindowEdge(t))).toBe(Math.round(t / 60_000) * 60_000 || 0); // || 0: -0 and 0 are one instant
      }),
    );
  });
});

describe('view state codec', () => {
  test('parseViewState reads the window, the event, the lanes and the filters', () => {
    const parsed = parseViewState(new URLSearchParams('from=2019-01-01&to=2025-12-31&event=2020-harry-steps-down&lanes=people&person=Prince+Harry&q=invictus'));
    expect(parsed).toEqual({
      ok: true,
      value: {
        from: ms('2019-01-01T00:00:00Z'),
        to: ms('2025-12-31T00:00:00Z'),
        event: '2020-harry-steps-down',
        lanes: 'person',
        person: 'Prince Harry',
        q: 'invictus',
      },
    });
  });

  test('parseViewState gives the default view for an empty query and ignores unknown parameters', () => {
    expect(parseViewState(new URLSearchParams('utm_source=news&fbclid=x'))).toEqual({ ok: true, value: { lanes: 'none' } });
  });

  test('parseViewState accepts the record Next passes to pages', () => {
    expect(parseViewState({ lanes: 'places', tag: 'royals', other: ['a', 'b'] })).toEqual({ ok: true, value: { lanes: 'place', tag: 'royals' } });
  });

  test.each([
    ['from=2019-01-01', 'to: give both from and to, or neither'],
    ['from=2020-01-01&to=2019-01-01', 'to: from must be before to'],
    ['from=last+week&to=2019-01-01', 'from: expected a date like 2019-01-01 or 2019-01-01T12:30Z, got "last week"'],
    ['lanes=person', 'lanes: expected one of none, people, places, organizations, documents, tags, got "person"'],
    ['event=../../etc', 'event: expected lower-case letters, digits and single hyphens'],
    ['event=a&event=b', 'event: give it once, not 2 times'],
  ])('parseViewState names what is wrong with %s', (query, message) => {
    expect(parseViewState(new URLSearchParams(query))).toEqual({ ok: false, message });
  });

  test('serialiseViewState writes keys in a fixed order and leaves defaults out', () => {
    const view: ViewState = { q: 'games', lanes: 'person', event: 'e-1', to: ms('2025-12-31T00:00:00Z'), from: ms('2019-01-01T00:00:00Z') };
    expect(serialiseViewState(view)).toBe('from=2019-01-01&to=2025-12-31&event=e-1&lanes=people&q=games');
    expect(serialiseViewState({ lanes: 'none' })).toBe('');
  });

  test('parseViewState(serialiseViewState(view)) is the view, to the minute', () => {
    const minute = fc.integer({ min: -2e9, max: 2e9 }).map((m) => m * 60_000);
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
    const view = fc.record(
      {
        window: fc.tuple(minute, minute).filter(([a, b]) => a < b),
        event: fc.constantFrom('e', '2024-01-29-king-leaves', 'a-1-b'),
        lanes: fc.constantFrom('none', 'person', 'place', 'organization', 'document', 'tag' as const),
        person: name,
        q: name,
      },
      { requiredKeys: ['lanes'] },
    );
    fc.assert(
      fc.property(view, ({ window, ...rest }) => {
        const state: ViewState = { ...rest, ...(window ? { from: window[0], to: window[1] } : {}) };
        expect(parseViewState(new URLSearchParams(serialiseViewState(state)))).toEqual({ ok: true, value: state });
      }),
    );
  });
});

describe('view history', () => {
  const base: ViewState = { lanes: 'none', from: ms('2019-01-01T00:00:00Z'), to: ms('2025-01-01T00:00:00Z') };

  test('historyMode replaces the entry when the reader only zoomed or panned', () => {
    expect(historyMode(base, { ...base, from: ms('2020-01-01T00:00:00Z') })).toBe('replace');
  });

  test('historyMode pushes an entry when the reader selects, filters or regroups', () => {
    expect(historyMode(base, { ...base, event: 'e' })).toBe('push');
    expect(historyMode(base, { ...base, lanes: 'place' })).toBe('push');
    expect(historyMode(base, { ...base, tag: 'royals' })).toBe('push');
  });

  test('historyMode does nothing when the address would not change', () => {
    expect(historyMode(base, { ...base, from: base.from! + 1000 })).toBe('none');
  });

  test('snapWindow rounds to the nearest day for long windows, hour or minute for short ones, and never collapses', () => {
    expect(snapWindow(ms('2019-01-01T13:00:00Z'), ms('2025-06-01T02:00:00Z'))).toEqual([ms('2019-01-02T00:00:00Z'), ms('2025-06-01T00:00:00Z')]);
    expect(snapWindow(ms('2024-01-01T13:20:00Z'), ms('2024-02-01T02:40:00Z'))).toEqual([ms('2024-01-01T13:00:00Z'), ms('2024-02-01T03:00:00Z')]);
    expect(snapWindow(ms('2024-01-01T13:20:10Z'), ms('2024-01-01T13:20:20Z'))).toEqual([ms('2024-01-01T13:20:00Z'), ms('2024-01-01T13:21:00Z')]);
  });

  test('snapWindow is stable: a window near a snapped one snaps back to it', () => {
    const snapped = snapWindow(ms('2019-10-05T03:00:00Z'), ms('2022-12-31T20:00:00Z'));
    expect(snapWindow(snapped[0] - 1234, snapped[1] + 4321)).toEqual(snapped);
  });
});

describe('minimum confidence in the view', () => {
  it('round-trips through the query string and counts as a filter for history', () => {
    const view = { lanes: 'none' as const, minConfidence: 0.75 };
    expect(serialiseViewState(view)).toBe('minConfidence=0.75');
    expect(parseViewState(new URLSearchParams('minConfidence=0.75'))).toEqual({ ok: true, value: view });
    expect(historyMode({ lanes: 'none' }, view)).toBe('push');
  });
  it('refuses a confidence outside 0 to 1', () => {
    expect(parseViewState(new URLSearchParams('minConfidence=2')).ok).toBe(false);
  });
});
