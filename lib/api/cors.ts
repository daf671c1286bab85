/**
 * Reads are public, so any origin may read them from a browser. Writes carry no CORS headers at all, so a
 * browser on another site can never read their answer, and a preflight for them is refused (see require-editor
 * for the server-side same-origin check that stops simple cross-site form posts).
 */
export const READ_CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, X-Request-Id, Retry-After',
};

/** `OPTIONS` for a route: allows cross-origin GET only, whatever else the route answers to. */
export function readOnlyPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...READ_CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      // No Content-Type: a JSON write from another origin then fails its preflight and is never sent.
      // (POST is CORS-safelisted, so leaving it out of Allow-Methods alone would not stop it.)
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
      Vary: 'Origin',
    },
  });
}
