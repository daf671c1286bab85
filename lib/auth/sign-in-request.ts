import { SignInRequest } from '../model';
import { ApiError, invalid } from '../api/api-error';
import { readBodyText, requireContentType } from '../api/read-body';
import { clientAddress, signInLimiter } from '../api/rate-limit';
import { privateJson } from '../api/respond';
import { zodDetails } from '../api/zod-details';
import { checkAdminPassword } from './admin-password';
import { isSameOrigin } from './same-origin';
import { clearedSessionCookie, readSession, revokeSession, sessionCookie } from './session';
import { consumeSignInToken } from './sign-in-link';

const FORM = 'application/x-www-form-urlencoded';

/** The sign-in page posts a form and gets redirected; scripts post JSON and get JSON. */
async function credentials(request: Request): Promise<{ form: boolean; input: SignInRequest }> {
  const type = requireContentType(request, ['application/json', FORM]);
  const text = await readBodyText(request, 16 * 1024);
  let value: unknown;
  try {
    value = type === FORM ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
  } catch {
    throw invalid('the body is not valid JSON');
  }
  const parsed = SignInRequest.safeParse(value);
  if (!parsed.success) throw invalid('send either a sign-in token or a password', zodDetails(parsed.error));
  return { form: type === FORM, input: parsed.data };
}

const redirect = (to: string, cookie?: string) => new Response(null, { status: 303, headers: { Location: to, 'Cache-Control': 'no-store', ...(cookie ? { 'Set-Cookie': cookie } : {}) } });

/**
 * Signs an editor in with the one-time link token or TIMELINE_ADMIN_PASSWORD. Same-origin only (a foreign
 * page must not sign a visitor into our site), and rate limited per address against password guessing.
 */
export async function signIn(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) throw new ApiError(403, 'forbidden', 'cross-site sign-in refused');
  await signInLimiter.check(clientAddress(request));
  const { form, input } = await credentials(request);
  const ok = 'token' in input ? consumeSignInToken(input.token) : checkAdminPassword(input.password);
  if (!ok) {
    if (form) return redirect(`/sign-in?error=${'token' in input ? 'link' : 'password'}`);
    throw new ApiError(401, 'unauthorized', 'token' in input ? 'the sign-in link is invalid, used or expired' : 'wrong password');
  }
  const cookie = sessionCookie(request);
  if (form) return redirect('/', cookie);
  return privateJson({ editor: true }, 200, { 'Set-Cookie': cookie });
}

/** Ends the session for every instance (so a copied cookie stops working too) and clears the cookie. */
export async function signOut(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) throw new ApiError(403, 'forbidden', 'cross-site sign-out refused');
  await revokeSession(request);
  const cookie = clearedSessionCookie(request);
  const form = (request.headers.get('content-type') ?? '').startsWith(FORM);
  return form ? redirect('/', cookie) : privateJson({ editor: false }, 200, { 'Set-Cookie': cookie });
}

/** Whether the request is signed in, for pages and scripts that show or hide editing. */
export async function sessionInfo(request: Request): Promise<Response> {
  const session = await readSession(request);
  return privateJson({ editor: session !== null, expiresAt: session?.expiresAt ?? null });
}
