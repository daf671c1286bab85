/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.
import { renderToString } from 'react-dom/server';
import { Timeline } from '@/components/timeline/timeline';
import { sampleEvents } from '@/lib/timeline';

describe('Timeline on the server', () => {
  test('renderToString(<Timeline>) does not throw and outputs the accessible shell: a named region listing the earliest events', () => {
    const events = sampleEvents(60, 3);
    const html = renderToString(<Timeline events={events} label="Royal news" />);
    expect(html).toContain('<section aria-label="Royal news">');
    expect(html).toContain('60 events; the first 50 are listed.');
    expect(html.match(/<li>/g)).toHaveLength(50);
    const earliest = [...events].sort((a, b) => Date.parse(a.date.start) - Date.parse(b.date.start))[0];
    expect(html.indexOf(`<time dateTime="${earliest.date.start}">`)).toBe(html.indexOf('<time'));
  });

  test('renderToString(<Timeline>) escapes titles', () => {
    const [event] = sampleEvents(1, 3);
    const html = renderToString(<Timeline events={[{ ...event, title: '<script>alert(1)</script>' }]} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  test('renderToString(<Timeline>) of no events says so', () => {
    expect(renderToString(<Timeline events={[]} />)).toContain('No events to show.');
  });
});
