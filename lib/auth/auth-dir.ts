import path from 'node:path';

/** Where the server keeps its secret and the pending sign-in link: `data/`, or TIMELINE_AUTH_DIR. */
export function authDir(): string {
  return process.env.TIMELINE_AUTH_DIR ?? path.join(process.cwd(), 'data');
}
