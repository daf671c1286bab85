import { oembedPath } from './urls';

/**
 * The oEmbed discovery link for a page, for `alternates.types` in generateMetadata:
 * `<link rel="alternate" type="application/json+oembed" href="https://site/api/oembed?url=...">`.
 * `origin` is the site's (requestOrigin), `pagePath` the page's canonical path with its query.
 */
export function oembedDiscovery(origin: string, pagePath: string): Record<string, string> {
  return { 'application/json+oembed': `${origin}${oembedPath(`${origin}${pagePath}`)}` };
}
