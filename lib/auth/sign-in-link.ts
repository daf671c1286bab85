import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { authDir } from './auth-dir';
import { serverSecret } from './server-secret';

const LINK_HOURS = 24;
const Pending = z.object({ hash: z.string(), expiresAt: z.number() });

const pendingFile = () => path.join(authDir(), '.timeline-sign-in');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Makes a one-time sign-in link, as Jupyter does on start: only its hash is written (0600, replacing any
 * earlier link), so the link works once, for 24 hours, in any instance that shares the data directory.
 */
export function mintSignInLink(origin: string, now = Date.now()): string {
  const token = randomBytes(24).toString('base64url');
  mkdirSync(authDir(), { recursive: true });
  writeFileSync(pendingFile(), JSON.stringify({ hash: sha256(token), expiresAt: now + LINK_HOURS * 3600_000 }), { mode: 0o600 });
  return `${origin.replace(/\/$/, '')}/sign-in?token=${token}`;
}

/**
 * For `npm start`, before the server starts: prints the link on the console (the port is the one the
 * server will listen on), and makes the session secret now, so that server instances never race to.
 */
export function printSignInLink(port: number | string = process.env.PORT ?? 3000): string {
  serverSecret();
  const link = mintSignInLink(`http://localhost:${port}`);
  console.log(`\nTo sign in as editor, open this link (it works once, for ${LINK_HOURS} hours):\n\n    ${link}\n`);
  return link;
}

/**
 * Spends the link's token. True once for the right token; after that, and for any other token, false.
 * Claiming is a rename, which only one process can win, so two instances cannot both accept it.
 */
export function consumeSignInToken(token: string, now = Date.now()): boolean {
  const file = pendingFile();
  let pending: z.infer<typeof Pending>;
  try {
    pending = Pending.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return false;
  }
  const given = Buffer.from(sha256(token));
  const expected = Buffer.from(pending.hash);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claimed = `${file}.${randomBytes(6).toString('hex')}`;
  try {
    renameSync(file, claimed);
  } catch {
    return false;
  }
  rmSync(claimed, { force: true });
  return pending.expiresAt > now;
}
