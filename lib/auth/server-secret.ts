import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { authDir } from './auth-dir';

let cached: { key: string; secret: Buffer } | null = null;

/**
 * The key that signs sessions. TIMELINE_SECRET when set (deployments with several hosts set it on each);
 * otherwise a random key made once and kept in `data/.timeline-secret` with 0600 permissions, so every
 * instance on this host agrees on it. The file is created exclusively: when two instances start at once,
 * one writes it and the other reads what was written.
 */
export function serverSecret(): Buffer {
  const fromEnv = process.env.TIMELINE_SECRET;
  const key = fromEnv ? `env:${fromEnv}` : `file:${authDir()}`;
  if (cached?.key === key) return cached.secret;
  const secret = fromEnv ? secretFromEnv(fromEnv) : secretFromFile(path.join(authDir(), '.timeline-secret'));
  cached = { key, secret };
  return secret;
}

function secretFromEnv(value: string): Buffer {
  if (value.length < 32) throw new Error('TIMELINE_SECRET must be at least 32 characters long');
  return Buffer.from(value, 'utf8');
}

function secretFromFile(file: string): Buffer {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    chmodSync(file, 0o600);
  }
  const text = readFileSync(file, 'utf8').trim();
  // An instance that lost the race may read before the winner's write lands; an empty file means retry.
  if (text.length < 32) throw new Error(`the secret in ${file} is incomplete; delete the file or set TIMELINE_SECRET`);
  return Buffer.from(text, 'utf8');
}
