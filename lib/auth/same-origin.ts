/**
 * Whether a request comes from our own pages (or from a non-browser client, which sends neither header).
 * Browsers send Sec-Fetch-Site on every request and Origin on every POST, PUT, PATCH and DELETE, so a page
 * on another site cannot make a write that passes this, even with the editor's cookie attached.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.get('origin');
  if (!origin) return true;
  return origin === requestOrigin(request);
}

/** The origin the client addressed, as a proxy in front reports it or from the Host header. */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}
