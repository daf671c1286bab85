import { createHmac, timingSafeEqual } from 'node:crypto';
import { serverSecret } from './server-secret';

/** `payload.signature`, both base64url: the payload is readable but cannot be changed without the secret. */
export function signValue(payload: object, purpose: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body, purpose)}`;
}

/** The payload of a value this server signed for `purpose`, or null for anything else. */
export function verifyValue(value: string, purpose: string): unknown {
  const [body, signature, extra] = value.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(body, purpose));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** The purpose is part of the MAC so that a value signed for one use is worthless for another. */
function mac(body: string, purpose: string): string {
  return createHmac('sha256', serverSecret()).update(`${purpose}\n${body}`).digest('base64url');
}
