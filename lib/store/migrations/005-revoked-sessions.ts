import type { Kysely, Migration } from 'kysely';

/**
 * Session ids an editor signed out of. Sessions are signed cookies that every instance can check alone;
 * this table is what makes signing out end the session everywhere, for as long as the cookie would live.
 */
export const revokedSessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('revoked_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('revoked_sessions_by_expiry').on('revoked_sessions').column('expires_at').execute();
  },
};
