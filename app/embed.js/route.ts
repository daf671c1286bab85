import { EmbedAssetsMissingError, loadEmbedAssets } from '@/lib/permalink/embed-assets';
import { isNotModified } from '@/lib/permalink/http-cache';

/**
 * The loader publishers paste (see lib/permalink/snippets.ts). Its address never changes, so it is
 * cached for an hour and revalidated by content hash rather than cached forever.
 */
export async function GET(request: Request) {
  let loader;
  try {
    loader = loadEmbedAssets().loader;
  } catch (error) {
    if (error instanceof EmbedAssetsMissingError) return new Response(`/* ${error.message} */`, { status: 503, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
    throw error;
  }
  const headers = {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
    ETag: `"${loader.sha256.slice(0, 27)}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (isNotModified(request.headers.get('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(loader.content), { headers });
}
