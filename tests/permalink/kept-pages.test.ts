import http from 'node:http';
import { isKeptPageRender, KEPT_PAGE_NONCE, keptPageKey, keptPermalinkPage, mayKeepPage, stampNonce } from '@/lib/permalink/kept-pages';
import { timeline } from './fixtures';

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

describe('keptPermalinkPage on a production server', () => {
  // The server's own render, as `next start` would give it: a page carrying the nonce the request named.
  const renders: string[] = [];
  let status = 200;
  const server = http.createServer((req, res) => {
    renders.push(req.url!);
    const nonce = String(req.headers['x-timeline-kept-render']);
    res.writeHead(status, { 'Content-Type': 'text/html' }).end(`<script nonce="${nonce}">1</script><p>${req.headers.host} ${req.url}</p>`);
  });
  const PAGE = '/timelines/royal-family/events/2024-01-29-king-charles-iii-leaves-the-london-clinic';
  const OTHER = '/timelines/royal-family/events/2024-02-06-another-event';
  const env = { ...process.env };
  let version = 'v1';
  const store = { getTimeline: async () => ({ ...timeline, updatedAt: version }) };
  const load = (path = PAGE) =>
    keptPermalinkPage(get(`http://news.example${path}`, { host: 'news.example' }), store, 'reader-nonce');
  /** Waits for the background render to land (polled; the machine may be busy). */
  const until = async (done: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 500 && !(await done()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(3331, '127.0.0.1', resolve));
    Object.assign(process.env, { NODE_ENV: 'production', __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3331' });
  });
  afterAll(async () => {
    process.env = env;
    await new Promise((resolve) => server.close(resolve));
  });

  test('a page asked for twice is rendered once more, then served with each reader nonce', async () => {
    // Asked for once: not rendered again. Asked for twice: rendered to keep.
    expect(await load(OTHER)).toBeNull();
    expect(await load()).toBeNull();
    expect(await load()).toBeNull();
    await until(() => renders.length > 0);
    expect(renders).toEqual([PAGE]);
    let page: Response | null = null;
    await until(async () => (page = await load()) !== null);
    expect(page!.headers.get('cache-control')).toContain('no-store');
    const html = await page!.text();
    expect(html).toContain('<script nonce="reader-nonce">');
    expect(html).not.toContain(KEPT_PAGE_NONCE);
    // Rendered for the host the reader named.
    expect(html).toContain(`news.example ${PAGE}`);
    expect(renders).toEqual([PAGE]);
  });

  test('an edit (a new version) is never served from the old render', async () => {
    version = 'v2';
    expect(await load()).toBeNull();
    expect(await load()).toBeNull();
    await until(() => renders.length === 2);
    expect(renders).toEqual([PAGE, PAGE]);
  });

  test('a page that does not answer 200 is rendered per request, without asking again', async () => {
    status = 404;
    const unknown = '/timelines/royal-family/events/no-such-event';
    renders.length = 0;
    expect(await load(unknown)).toBeNull();
    expect(await load(unknown)).toBeNull();
    await until(() => renders.length > 0);
    for (let i = 0; i < 3; i++) expect(await load(unknown)).toBeNull();
    // Another page asked for twice, to be sure any further render of the unknown one would have arrived first.
    status = 200;
    await load(OTHER);
    await load(OTHER);
    await until(() => renders.length > 1);
    expect(renders).toEqual([unknown, OTHER]);
  });
});
