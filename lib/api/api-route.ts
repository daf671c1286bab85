import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import type { ApiErrorBody } from '../model';
import { StoreConflictError, StoreNotFoundError } from '../store/errors';
import { ImportError } from '../exchange/imported-timeline';
import { logger } from '../log/logger';
import { ApiError } from './api-error';
import { zodDetails } from './zod-details';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: gives the request an id (the proxy's, or a new one), turns every failure into the
 * JSON error shape with its status, and writes one log line per request, plus the cause once for a 5xx.
 */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = request.headers.get('x-request-id') ?? randomUUID();
    const log = logger.child({ requestId });
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      response = errorResponse(error, log);
    }
    response.headers.set('X-Request-Id', requestId);
    const path = new URL(request.url).pathname;
    log.info({ method: request.method, path, status: response.status, ms: Math.round(performance.now() - started) }, 'request');
    return response;
  };
}

function errorResponse(error: unknown, log: typeof logger): Response {
  const known = asApiError(error);
  if (known) return errorJson(known);
  // Logged here and only here, with its cause; the client learns nothing about the internals.
  log.error({ err: error }, 'request failed');
  return errorJson(new ApiError(500, 'internal_error', 'internal error; the request id identifies it in the server log'));
}

function asApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return new ApiError(400, 'invalid_request', 'invalid input', zodDetails(error));
  if (error instanceof StoreConflictError) return new ApiError(409, 'conflict', error.message);
  if (error instanceof StoreNotFoundError) return new ApiError(404, 'not_found', error.message);
  if (error instanceof ImportError) return new ApiError(400, 'invalid_request', error.message, error.details);
  return null;
}

export function errorJson(error: ApiError): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  return Response.json(body, { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } });
}
