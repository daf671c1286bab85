import type { z } from 'zod';

/** A zod error as a client can use it: where each problem is, and what it is. */
export function zodDetails(error: z.ZodError): { issues: { path: string; message: string }[] } {
  return {
    issues: error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
