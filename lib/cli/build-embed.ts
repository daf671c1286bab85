// Builds the embed scripts and stylesheet (see lib/permalink/embed-assets.ts): npm run build:embed.
// Runs after `next build`, which empties the dist folder the assets live in.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EMBED_MANIFEST, embedAssetsDir, type EmbedAsset, type EmbedAssetName, type EmbedManifest } from '../permalink/embed-assets';

const ENTRIES: Record<EmbedAssetName, string> = {
  loader: 'components/share/embed/embed-loader.ts',
  'report-height': 'components/share/embed/report-height-main.ts',
  timeline: 'components/share/embed/timeline-embed.ts',
  'timeline-css': 'components/timeline/timeline.css',
};

async function bundle(name: EmbedAssetName, outDir: string): Promise<EmbedAsset> {
  const entry = ENTRIES[name];
  const css = entry.endsWith('.css');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: css ? undefined : 'iife',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  const sha256 = createHash('sha256').update(code).digest('hex');
  const file = `${name}-${sha256.slice(0, 10)}.${css ? 'css' : 'js'}`;
  await writeFile(path.join(outDir, file), code);
  return { file, sha256, bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** Builds every embed asset into `outDir` and writes the manifest; returns it. */
export async function buildEmbed(outDir = embedAssetsDir()): Promise<EmbedManifest> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const manifest = {} as EmbedManifest;
  for (const name of Object.keys(ENTRIES) as EmbedAssetName[]) manifest[name] = await bundle(name, outDir);
  await writeFile(path.join(outDir, EMBED_MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

async function main() {
  const started = performance.now();
  const manifest = await buildEmbed();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const [name, asset] of Object.entries(manifest)) {
    console.log(`${name.padEnd(14)} ${kb(asset.bytes).padStart(9)} raw ${kb(asset.gzipBytes).padStart(8)} gzip  ${asset.file}`);
  }
  console.log(`Embed assets built in ${embedAssetsDir()} (${Math.round(performance.now() - started)} ms).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`build:embed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
