import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiToken } from '../model';
import { getStore } from '../store';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN = /^tl_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function tokenId(): string {
  return [...randomBytes(12)].map((b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

/**
 * A new API token, `tl_<id>_<secret>`. The store keeps the id, the name and a SHA-256 of the whole token:
 * the token is random (256 bits), so a plain hash is enough, and a stolen database yields no usable token.
 */
export async function createApiToken(name: string): Promise<{ token: string; apiToken: ApiToken }> {
  const id = tokenId();
  const token = `tl_${id}_${randomBytes(32).toString('base64url')}`;
  const apiToken = await (await getStore()).createApiToken({ id, name, hash: sha256(token) });
  return { token, apiToken };
}

/** The token's record if it is one we issued and have not revoked (and notes that it was used). */
export async function verifyApiToken(token: string): Promise<ApiToken | null> {
  const parts = TOKEN.exec(token);
  if (!parts) return null;
  const store = await getStore();
  const hash = await store.apiTokenHash(parts[1]);
  if (!hash) return null;
  const given = Buffer.from(sha256(token));
  if (!timingSafeEqual(given, Buffer.from(hash.padEnd(given.length).slice(0, given.length)))) return null;
  return store.touchApiToken(parts[1]);
}
