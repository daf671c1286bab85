/**
 * The origin the reader used to reach us, from the Host header (and X-Forwarded-Proto behind a TLS proxy),
 * so links in embeds and share cards point back at the same site whatever name it is served under.
 */
export function requestOrigin(headers: Headers, fallback = 'http://localhost:3000'): string {
  const host = headers.get('host');
  if (!host || !/^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host)) return fallback;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0].trim();
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
