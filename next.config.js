/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', 'kysely'],
  poweredByHeader: false,
};

module.exports = nextConfig;
