/** @jest-environment jsdom */
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useViewStateInUrl } from '@/components/share/use-view-state-in-url';
import type { ViewState } from '@/lib/permalink/view-state';

// React's act() needs to be told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Hook = ReturnType<typeof useViewStateInUrl>;
let latest: Hook;
let root: Root;

function Probe({ initial, onRender }: { initial: ViewState; onRender: (hook: Hook) => void }) {
  const hook = useViewStateInUrl(initial);
  useEffect(() => {
    onRender(hook);
  });
  return null;
}

function mountHook(initial: ViewState) {
  const host = document.createElement('div');
  root = createRoot(host);
  act(() => root.render(<Probe initial={initial} onRender={(hook) => (latest = hook)} />));
}

beforeEach(() => {
  jest.useFakeTimers();
  window.history.replaceState(null, '', '/timelines/royal-family?utm_source=news');
});

afterEach(() => {
  act(() => root.unmount());
  jest.useRealTimers();
});

describe('useViewStateInUrl', () => {
  test('selecting an event pushes a history entry that names it, keeping unrelated parameters', () => {
    mountHook({ lanes: 'none' });
    const before = window.history.length;
    act(() => latest.timelineProps.onSelect('2024-01-29-king-leaves'));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?event=2024-01-29-king-leaves&utm_source=news');
    expect(latest.view.event).toBe('2024-01-29-king-leaves');
  });

  test('zooming replaces the entry once the zoom settles, with the window rounded', () => {
    mountHook({ lanes: 'none' });
    const before = window.history.length;
    act(() => latest.timelineProps.onWindowChange({ from: '2019-01-01T13:00:00.000Z', to: '2025-06-01T02:00:00.000Z' }));
    act(() => latest.timelineProps.onWindowChange({ from: '2019-02-01T13:00:00.000Z', to: '2025-06-01T02:00:00.000Z' }));
    expect(window.location.search).toBe('?utm_source=news');
    act(() => jest.advanceTimersByTime(500));
    expect(window.location.search).toBe('?from=2019-02-02&to=2025-06-01&utm_source=news');
    expect(window.history.length).toBe(before);
  });

  test('changing lanes or a filter pushes; the zoom is not fed back to the timeline', () => {
    mountHook({ lanes: 'none', from: Date.parse('2019-01-01T00:00:00Z'), to: Date.parse('2020-01-01T00:00:00Z') });
    const shownWindow = latest.timelineProps.window;
    act(() => latest.timelineProps.onWindowChange({ from: '2019-03-01T00:00:00.000Z', to: '2019-09-01T00:00:00.000Z' }));
    expect(latest.timelineProps.window).toEqual(shownWindow);
    const before = window.history.length;
    act(() => latest.timelineProps.onLanesChange('person'));
    act(() => latest.timelineProps.onFilter({ place: 'Whistler' }));
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?from=2019-03-01&to=2019-09-01&lanes=people&place=Whistler&utm_source=news');
  });

  test('Back and Forward show the view their address names', () => {
    mountHook({ lanes: 'none' });
    act(() => {
      window.history.pushState(null, '', '/timelines/royal-family?from=2024-01-01&to=2024-03-01&lanes=places&event=e-1');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(latest.view).toEqual({ lanes: 'place', from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-03-01T00:00:00Z'), event: 'e-1' });
    expect(latest.timelineProps.window).toEqual({ from: '2024-01-01T00:00:00.000Z', to: '2024-03-01T00:00:00.000Z' });
    expect(latest.timelineProps.selectedId).toBe('e-1');
  });
});
