import { createHmac, timingSafeEqual } from 'node:crypto';
import { serverSecret } from './server-secret';

/**
 * Checks the password against TIMELINE_ADMIN_PASSWORD (unset: no password sign-in at all). Both sides are
 * HMACed first so the comparison takes the same time whatever the lengths.
 */
export function checkAdminPassword(password: string): boolean {
  const expected = process.env.TIMELINE_ADMIN_PASSWORD;
  if (!expected) return false;
  const digest = (text: string) => createHmac('sha256', serverSecret()).update(text).digest();
  return timingSafeEqual(digest(password), digest(expected));
}
