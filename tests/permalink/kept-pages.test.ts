import { isKeptPageRender, KEPT_PAGE_NONCE, keptPageKey, keptPermalinkPage, mayKeepPage, stampNonce } from '@/lib/permalink/kept-pages';

const PERMALINK = 'http://localhost:3000/timelines/royal-family/events/2024-01-29-king-charles-iii-leaves-the-london-clinic';
// What a browser sends when it loads a page.
const PAGE_LOAD = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-dest': 'document' };
const get = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers: { ...PAGE_LOAD, ...headers } });

describe('kept permalink pages', () => {
  test('an anonymous page load of an event permalink may be kept, with or without a query', () => {
    expect(mayKeepPage(get(PERMALINK))).toBe(true);
    expect(mayKeepPage(get(`${PERMALINK}?utm_source=news`, { cookie: 'theme=dark' }))).toBe(true);
    // A crawler's request names no destination.
    expect(mayKeepPage(new Request(PERMALINK, { headers: { accept: 'text/html' } }))).toBe(true);
  });

  test('editors, client-side navigations, other pages and the render for the cache itself are not', () => {
    expect(mayKeepPage(get(PERMALINK, { cookie: 'theme=dark; timeline_session=abc' }))).toBe(false);
    // The router's fetch, as the proxy sees it once Next has taken its RSC headers off.
    expect(mayKeepPage(new Request(PERMALINK, { headers: { accept: '*/*', 'sec-fetch-dest': 'empty' } }))).toBe(false);
    expect(mayKeepPage(get(PERMALINK, { 'sec-fetch-dest': 'iframe' }))).toBe(false);
    expect(mayKeepPage(get(PERMALINK, { 'x-timeline-kept-render': KEPT_PAGE_NONCE }))).toBe(false);
    expect(mayKeepPage(new Request(PERMALINK, { method: 'POST', headers: PAGE_LOAD }))).toBe(false);
    expect(mayKeepPage(get('http://localhost:3000/timelines/royal-family'))).toBe(false);
    expect(mayKeepPage(get('http://localhost:3000/embed/royal-family/events/2024-01-29-king-charles-iii-leaves-the-london-clinic'))).toBe(false);
  });

  test('only the placeholder itself marks a render for the cache', () => {
    expect(isKeptPageRender(new Headers({ 'x-timeline-kept-render': KEPT_PAGE_NONCE }))).toBe(true);
    expect(isKeptPageRender(new Headers({ 'x-timeline-kept-render': 'guess' }))).toBe(false);
    expect(isKeptPageRender(new Headers())).toBe(false);
  });

  test('the placeholder is random and unguessable, and every copy of it takes the reader nonce', () => {
    expect(KEPT_PAGE_NONCE).toMatch(/^[\w-]{32}$/);
    const html = `<script nonce="${KEPT_PAGE_NONCE}">a</script><link nonce="${KEPT_PAGE_NONCE}"><p>nonce text</p>`;
    expect(stampNonce(html, 'reader1')).toBe('<script nonce="reader1">a</script><link nonce="reader1"><p>nonce text</p>');
  });

  test('a render is kept per origin, event and timeline version', () => {
    const keys = [
      keptPageKey('http://a.example', '/timelines/t/events/e', 'v1'),
      keptPageKey('https://a.example', '/timelines/t/events/e', 'v1'),
      keptPageKey('http://a.example', '/timelines/t/events/f', 'v1'),
      keptPageKey('http://a.example', '/timelines/t/events/e', 'v2'),
    ];
    expect(new Set(keys).size).toBe(4);
  });

  test('outside a production server nothing is kept, and the store is not asked', async () => {
    const getTimeline = jest.fn();
    expect(await keptPermalinkPage(get(PERMALINK), { getTimeline }, 'n')).toBeNull();
    expect(getTimeline).not.toHaveBeenCalled();
  });
});
