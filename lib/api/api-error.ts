import type { ErrorCode } from '../model';

/** A failure the client caused or must know about; becomes `{"error": {code, message, details}}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const invalid = (message: string, details?: unknown) => new ApiError(400, 'invalid_request', message, details);
