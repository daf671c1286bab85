import { readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The scripts embeds load are built by `npm run build:embed` (lib/cli/build-embed.ts) with esbuild, next
 * to Next's own build output, and served from /embed/_assets/ under names that carry their content hash.
 */

/** The loader behind /embed.js, the event card's height reporter, the timeline bundle and the renderer's stylesheet. */
export type EmbedAssetName = 'loader' | 'report-height' | 'timeline' | 'timeline-css';

export interface EmbedAsset {
  /** File name in the assets folder, with its content hash: `timeline-5f2c07ab1e.js`. */
  file: string;
  /** Hex SHA-256 of the content. */
  sha256: string;
  bytes: number;
  gzipBytes: number;
}

export type EmbedManifest = Record<EmbedAssetName, EmbedAsset>;

/** Where the assets are built, beside Next's build in the same dist folder (NEXT_DIST_DIR, as next.config.js reads it). */
export function embedAssetsDir(cwd = process.cwd(), distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.join(cwd, distDir, 'embed-assets');
}

export const EMBED_MANIFEST = 'manifest.json';

/** Public path of a built asset. */
export function embedAssetPath(asset: EmbedAsset): string {
  return `/embed/_assets/${asset.file}`;
}

export interface LoadedAsset extends EmbedAsset {
  content: Buffer;
}

/** Thrown when the assets have not been built; the routes answer 503 and say how to build them. */
export class EmbedAssetsMissingError extends Error {
  constructor(dir: string) {
    super(`The embed scripts are not built (no ${path.join(dir, EMBED_MANIFEST)}): run npm run build:embed.`);
    this.name = 'EmbedAssetsMissingError';
  }
}

let loaded: { dir: string; assets: Record<EmbedAssetName, LoadedAsset> } | undefined;

/**
 * The built assets with their contents, read once per process in production. In development the manifest
 * is read again each time, so a rebuild shows without restarting the server.
 */
export function loadEmbedAssets(dir = embedAssetsDir()): Record<EmbedAssetName, LoadedAsset> {
  if (loaded && loaded.dir === dir && process.env.NODE_ENV === 'production') return loaded.assets;
  let manifest: EmbedManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, EMBED_MANIFEST), 'utf8')) as EmbedManifest;
  } catch {
    throw new EmbedAssetsMissingError(dir);
  }
  const assets = Object.fromEntries(
    Object.entries(manifest).map(([name, asset]) => [name, { ...asset, content: readFileSync(path.join(dir, asset.file)) }]),
  ) as Record<EmbedAssetName, LoadedAsset>;
  loaded = { dir, assets };
  return assets;
}
