import { serialiseEmbedOptions, DEFAULT_EMBED_OPTIONS } from '@/lib/permalink/embed-options';
import { parseEmbedOptions } from '@/lib/permalink/parse-embed-options';
import { shareTarget } from '@/lib/permalink/share-target';
import { eventEmbedPath, eventPermalink, timelineEmbedPath, timelinePath } from '@/lib/permalink/urls';

describe('embed options', () => {
  test('parseEmbedOptions gives the defaults for an empty query', () => {
    expect(parseEmbedOptions(new URLSearchParams())).toEqual({ ok: true, value: DEFAULT_EMBED_OPTIONS });
  });

  test('parseEmbedOptions reads theme, height, controls and lang beside the view', () => {
    const parsed = parseEmbedOptions(new URLSearchParams('theme=dark&height=600&controls=hide&lang=fr&lanes=places'));
    expect(parsed).toEqual({ ok: true, value: { lanes: 'place', theme: 'dark', height: 600, controls: false, lang: 'fr' } });
  });

  test.each([
    ['theme=purple', 'theme:'],
    ['height=50', 'height:'],
    ['height=tall', 'height: expected a whole number of pixels'],
    ['controls=maybe', 'controls:'],
    ['lang=xx', 'lang:'],
    ['from=2020-01-01', 'to: give both from and to, or neither'],
  ])('parseEmbedOptions refuses %s', (query, start) => {
    const parsed = parseEmbedOptions(new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.startsWith(start)).toBe(true);
  });

  test('serialiseEmbedOptions leaves defaults out and round-trips', () => {
    expect(serialiseEmbedOptions(DEFAULT_EMBED_OPTIONS)).toBe('');
    const query = 'from=2024-01-01&to=2024-03-01&event=e-1&lanes=people&theme=dark&height=500&controls=hide&lang=de';
    const parsed = parseEmbedOptions(new URLSearchParams(query));
    expect(parsed.ok && serialiseEmbedOptions(parsed.value)).toBe(query);
  });
});

describe('addresses', () => {
  test('pages and embeds have the addresses the issue gives them', () => {
    expect(timelinePath('royal-family')).toBe('/timelines/royal-family');
    expect(timelinePath('royal-family', { lanes: 'person', event: 'e' })).toBe('/timelines/royal-family?event=e&lanes=people');
    expect(eventPermalink('royal-family', '2024-01-29-king')).toBe('/timelines/royal-family/events/2024-01-29-king');
    expect(timelineEmbedPath('royal-family', { ...DEFAULT_EMBED_OPTIONS, theme: 'dark' })).toBe('/embed/royal-family?theme=dark');
    expect(eventEmbedPath('royal-family', 'e', { ...DEFAULT_EMBED_OPTIONS, lanes: 'person', lang: 'fr' })).toBe('/embed/royal-family/events/e?lang=fr');
  });

  test('shareTarget recognises each address and nothing else', () => {
    expect(shareTarget('/timelines/royal-family/events/e-1')).toEqual({ kind: 'event', slug: 'royal-family', id: 'e-1', embed: false });
    expect(shareTarget('/embed/royal-family/events/e-1/')).toEqual({ kind: 'event', slug: 'royal-family', id: 'e-1', embed: true });
    for (const path of ['/', '/timelines', '/timelines/a/b', '/timelines/%E0%A4%A', '/timelines/ok/events/Bad_Id', '/api/timelines/x']) {
      expect(shareTarget(path)).toBeNull();
    }
  });
});
