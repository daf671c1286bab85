import { parseOEmbedRequest, oembedResponse, type OEmbedRequest } from '@/lib/permalink/oembed';

const ORIGIN = 'https://timeline.example';
const EVENT_URL = `${ORIGIN}/timelines/royal-family/events/2024-01-29-king-leaves`;

function request(query: Record<string, string>): ReturnType<typeof parseOEmbedRequest> {
  return parseOEmbedRequest(new URLSearchParams(query), ORIGIN);
}

function ok(query: Record<string, string>): OEmbedRequest {
  const parsed = request(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('oEmbed requests', () => {
  test('parseOEmbedRequest recognises event pages, timeline pages and embeds of this site', () => {
    expect(ok({ url: EVENT_URL }).target).toEqual({ kind: 'event', slug: 'royal-family', id: '2024-01-29-king-leaves', embed: false });
    expect(ok({ url: `${ORIGIN}/timelines/royal-family/` }).target).toEqual({ kind: 'timeline', slug: 'royal-family', embed: false });
    expect(ok({ url: `${ORIGIN}/embed/royal-family` }).target).toEqual({ kind: 'timeline', slug: 'royal-family', embed: true });
  });

  test('parseOEmbedRequest keeps the view a timeline URL carries', () => {
    const { options } = ok({ url: `${ORIGIN}/timelines/royal-family?from=2024-01-01&to=2024-03-01&lanes=people` });
    expect(options).toMatchObject({ from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-03-01T00:00:00Z'), lanes: 'person' });
  });

  test.each([
    [{ url: 'https://elsewhere.example/timelines/royal-family' }, 404],
    [{ url: `${ORIGIN}/about` }, 404],
    [{ url: `${ORIGIN}/timelines/Royal_Family` }, 404],
    [{ url: 'not a url' }, 404],
    [{ url: `javascript://${ORIGIN.slice(8)}/timelines/royal-family` }, 404],
    [{ url: EVENT_URL, format: 'xml' }, 501],
    [{ url: EVENT_URL, format: 'yaml' }, 501],
    [{}, 400],
    [{ url: EVENT_URL, maxwidth: 'wide' }, 400],
    [{ url: EVENT_URL, maxheight: '0' }, 400],
  ])('parseOEmbedRequest(%j) answers %i', (query, status) => {
    const parsed = request(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.status).toBe(status);
  });
});

describe('oEmbed responses', () => {
  test('oembedResponse gives a rich 1.0 response whose html is an iframe of the embed', () => {
    const res = oembedResponse(ok({ url: EVENT_URL }), { title: 'King leaves', origin: ORIGIN, thumbnailUrl: `${EVENT_URL}/opengraph-image` });
    expect(res).toMatchObject({ type: 'rich', version: '1.0', title: 'King leaves', provider_name: 'Timeline', provider_url: `${ORIGIN}/`, width: 560, height: 260 });
    expect(res.html).toBe(
      `<iframe src="${ORIGIN}/embed/royal-family/events/2024-01-29-king-leaves" width="560" height="260" title="King leaves" loading="lazy" style="border:0;width:100%;max-width:560px"></iframe>`,
    );
    expect(res).toMatchObject({ thumbnail_url: `${EVENT_URL}/opengraph-image`, thumbnail_width: 1200, thumbnail_height: 630 });
  });

  test('oembedResponse stays within maxwidth and maxheight, and drops a thumbnail that would not', () => {
    const res = oembedResponse(ok({ url: `${ORIGIN}/timelines/royal-family?lanes=places`, maxwidth: '500', maxheight: '300' }), {
      title: 'Royals',
      origin: ORIGIN,
      thumbnailUrl: `${ORIGIN}/x.png`,
    });
    expect(res.width).toBe(500);
    expect(res.height).toBe(300);
    expect(res.html).toContain(`src="${ORIGIN}/embed/royal-family?lanes=places&amp;height=300"`);
    expect(res.thumbnail_url).toBeUndefined();
  });

  test('oembedResponse escapes the title inside the html', () => {
    const res = oembedResponse(ok({ url: EVENT_URL }), { title: '"Quotes" & <tags>', origin: ORIGIN });
    expect(res.html).toContain('title="&quot;Quotes&quot; &amp; &lt;tags&gt;"');
  });
});
