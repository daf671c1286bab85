import { Writable } from 'node:stream';
import pino from 'pino';
import { ApiError } from '@/lib/api/api-error';
import { apiRoute } from '@/lib/api/api-route';
import { logger, LOGGER_OPTIONS } from '@/lib/log/logger';

type Calls = { info: unknown[][]; error: unknown[][] };

/** Captures what apiRoute logs through the request's child logger. */
function captureLogs(): Calls {
  const calls: Calls = { info: [], error: [] };
  jest.spyOn(logger, 'child').mockReturnValue({
    info: (...args: unknown[]) => calls.info.push(args),
    error: (...args: unknown[]) => calls.error.push(args),
  } as never);
  return calls;
}

afterEach(() => jest.restoreAllMocks());

const request = () => new Request('http://localhost/api/x', { headers: { 'x-request-id': 'req-1', authorization: 'Bearer tl_secret' } });

describe('request logs', () => {
  test('one line per request, with the request id, method, path, status and time', async () => {
    const calls = captureLogs();
    const response = await apiRoute(async () => new Response('ok'))(request(), {});
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(logger.child).toHaveBeenCalledWith({ requestId: 'req-1' });
    expect(calls.info).toEqual([[{ method: 'GET', path: '/api/x', status: 200, ms: expect.any(Number) }, 'request']]);
    expect(calls.error).toEqual([]);
  });

  test('a client error is answered, not logged as an error', async () => {
    const calls = captureLogs();
    const response = await apiRoute(async () => {
      throw new ApiError(404, 'not_found', 'timeline not found');
    })(request(), {});
    expect(response.status).toBe(404);
    expect(calls.error).toEqual([]);
    expect(calls.info[0][0]).toMatchObject({ status: 404 });
  });

  test('a failure is logged once with its cause, and the client learns nothing of it', async () => {
    const calls = captureLogs();
    const failure = new Error('database exploded', { cause: new Error('disk full') });
    const response = await apiRoute(async () => {
      throw failure;
    })(request(), {});
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toMatch(/exploded|disk/);
    expect(calls.error).toEqual([[{ err: failure }, 'request failed']]);
  });
});

describe('redaction', () => {
  test('credentials never reach the output', () => {
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const log = pino({ ...LOGGER_OPTIONS, level: 'info' }, sink);
    log.info({ headers: { authorization: 'Bearer tl_abc', cookie: 'timeline_session=xyz' }, input: { password: 'hunter2', token: 'one-time' } }, 'x');
    log.info({ password: 'hunter3', token: 'tok' }, 'y');
    expect(output).not.toMatch(/tl_abc|xyz|hunter2|hunter3|one-time|"tok"/);
    expect(output).toContain('[redacted]');
  });
});
