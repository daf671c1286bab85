import { ApiError } from '../api/api-error';
import { verifyApiToken } from './api-tokens';
import { isSameOrigin } from './same-origin';
import { readSession } from './session';

export type Editor = { via: 'session' } | { via: 'token'; tokenId: string };

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="timeline"' });

/**
 * Every write calls this first, on the server: it passes with a valid API token (Authorization: Bearer),
 * or with a signed editor session cookie on a same-origin request. A browser never attaches a bearer token
 * by itself, so only the cookie path needs the cross-site check.
 */
export async function requireEditor(request: Request): Promise<Editor> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const bearer = /^Bearer +([A-Za-z0-9_-]{1,200})$/.exec(authorization.trim());
    if (!bearer) throw unauthorized('the Authorization header must be "Bearer <API token>"');
    const token = await verifyApiToken(bearer[1]);
    if (!token) throw unauthorized('unknown or revoked API token');
    return { via: 'token', tokenId: token.id };
  }
  return requireSession(request);
}

/** A signed-in editor in a browser, on a same-origin request; API tokens do not count (they cannot mint tokens). */
export async function requireSession(request: Request): Promise<Editor> {
  if (!isSameOrigin(request)) throw new ApiError(403, 'forbidden', 'cross-site requests cannot change anything');
  if (!(await readSession(request))) throw unauthorized('sign in as editor (or send an API token) to change anything');
  return { via: 'session' };
}
