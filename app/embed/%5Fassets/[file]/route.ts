import { EmbedAssetsMissingError, loadEmbedAssets } from '@/lib/permalink/embed-assets';

// The folder is %5Fassets so the URL is /embed/_assets/: an underscore can never start a timeline slug.

/** The built embed scripts and stylesheet; their names carry their content hash, so they never change. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  let assets;
  try {
    assets = loadEmbedAssets();
  } catch (error) {
    if (error instanceof EmbedAssetsMissingError) return new Response(error.message, { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
  const asset = Object.values(assets).find((a) => a.file === file);
  if (!asset) return new Response(`No embed asset "${file}".`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(asset.content), {
    headers: {
      'Content-Type': file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // Publishers' pages load embed.js from here, and the loader's source is no secret.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
}
