/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several servers (tests, benchmarks, a dev server) build side by side without sharing .next/.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native drivers must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', 'kysely'],
  poweredByHeader: false,
};

module.exports = nextConfig;
