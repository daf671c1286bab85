import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '@/lib/api/api-error';
import { clientAddress, extractLimiter, RateLimiter, secondsUntilAllowed, signInLimiter, uploadLimiter, type RateLimit } from '@/lib/api/rate-limit';
import { openStore, type Store } from '@/lib/store';

const folder = mkdtempSync(path.join(os.tmpdir(), 'rate-limit-test-'));
let store: Store;
let databases = 0;

beforeEach(async () => {
  store = await openStore(`sqlite:${path.join(folder, `limits-${++databases}.db`)}`);
});
afterEach(async () => {
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A limiter over this test's store, on a clock the test moves; windows start at multiples of their length. */
function limiter(limit: Partial<RateLimit> = {}, clock = { now: 0 }) {
  return new RateLimiter({ scope: 'test', perMinute: 6, burst: 3, ifStoreFails: 'refuse', ...limit }, async () => store, () => clock.now);
}

/** The Retry-After seconds of the 429 `check` throws, or 0 if it passes. */
async function retryAfter(check: Promise<void>): Promise<number> {
  try {
    await check;
    return 0;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    const seconds = Number((error as ApiError).headers['Retry-After']);
    expect((error as ApiError).details).toEqual({ retryAfterSeconds: seconds });
    return seconds;
  }
}

describe('RateLimiter', () => {
  test('allows a burst per client, then refuses with a 429 whose Retry-After is when a request passes again', async () => {
    const clock = { now: 0 };
    const limit = limiter({}, clock); // 3 per 30 s window
    expect(limit.windowMs).toBe(30_000);
    expect([await retryAfter(limit.check('a')), await retryAfter(limit.check('a')), await retryAfter(limit.check('a'))]).toEqual([0, 0, 0]);
    const wait = await retryAfter(limit.check('a'));
    expect(wait).toBeGreaterThan(0);
    expect(await retryAfter(limit.check('b'))).toBe(0);
    clock.now += wait * 1000;
    expect(await retryAfter(limit.check('a'))).toBe(0);
  });

  test('a burst at the end of one window still counts at the start of the next (no doubling at the boundary)', async () => {
    const clock = { now: 29_000 };
    const limit = limiter({}, clock);
    for (let i = 0; i < 3; i++) await limit.check('a');
    clock.now = 31_000;
    expect(await retryAfter(limit.check('a'))).toBeGreaterThan(0);
    clock.now = 60_000;
    expect(await retryAfter(limit.check('a'))).toBe(0);
  });

  test('scopes count apart: the same client has a budget per route class', async () => {
    const clock = { now: 0 };
    const extract = limiter({ scope: 'extract', burst: 1 }, clock);
    const upload = limiter({ scope: 'upload', burst: 1 }, clock);
    await extract.check('a');
    await upload.check('a');
    expect(await retryAfter(extract.check('a'))).toBeGreaterThan(0);
  });

  test('a spoofed address of any length is a key, cut to 100 characters', async () => {
    const limit = limiter({ burst: 1 });
    await limit.check(`${'x'.repeat(100)}${'y'.repeat(20_000)}`);
    expect(await retryAfter(limit.check(`${'x'.repeat(100)}z`))).toBeGreaterThan(0);
  });

  test('prunes windows that ended, about once a minute per instance', async () => {
    const prune = jest.spyOn(store, 'pruneRequestCounts');
    const clock = { now: 1_000_000 };
    const limit = limiter({}, clock);
    await limit.check('a');
    await limit.check('b');
    expect(prune).toHaveBeenCalledTimes(1);
    clock.now += 61_000;
    await limit.check('c');
    expect(prune).toHaveBeenCalledTimes(2);
    expect(prune).toHaveBeenLastCalledWith(clock.now);
  });

  test('refuses a limit that makes no sense, naming it', () => {
    expect(() => limiter({ perMinute: Number('lots') })).toThrow(/rate limit "test": perMinute must be a positive number/);
    expect(() => limiter({ burst: 0 })).toThrow(/burst a positive integer/);
  });
});

describe('when the store cannot count', () => {
  const broken = async () => {
    throw new Error('connection refused');
  };
  const over = (limit: RateLimit) => new RateLimiter(limit, broken);

  test('extraction and uploads go ahead', async () => {
    await expect(over(extractLimiter.limit).check('a')).resolves.toBeUndefined();
    await expect(over(uploadLimiter.limit).check('a')).resolves.toBeUndefined();
  });

  test('sign-in is refused with a 503 and Retry-After, so an overloaded store gives no free password guesses', async () => {
    const refused = over(signInLimiter.limit).check('a');
    await expect(refused).rejects.toMatchObject({ status: 503, code: 'unavailable', headers: { 'Retry-After': '5' } });
  });

  test('a failed prune does not fail the request it came with', async () => {
    const prune = jest.spyOn(store, 'pruneRequestCounts').mockRejectedValue(new Error('disk full'));
    await expect(limiter({}, { now: 1_000_000 }).check('a')).resolves.toBeUndefined();
    expect(prune).toHaveBeenCalled();
  });
});

describe('secondsUntilAllowed', () => {
  test('is 0 while the weighted estimate is within the limit', () => {
    expect(secondsUntilAllowed({ count: 5, previousCount: 0 }, 5, 0.5, 60_000)).toBe(0);
    expect(secondsUntilAllowed({ count: 3, previousCount: 4 }, 5, 0.5, 60_000)).toBe(0);
  });

  test('waits in this window for the previous window to weigh less', () => {
    // 4 * (1 - 0.5) + 4 = 6 > 5; one more fits once 4 * (1 - t) + 5 <= 5, at t = 1: 30 s on.
    expect(secondsUntilAllowed({ count: 4, previousCount: 4 }, 5, 0.5, 60_000)).toBe(30);
    // 10 * (1 - 0.1) + 2 = 11 > 5; one more fits at t = 0.8: 42 s on.
    expect(secondsUntilAllowed({ count: 2, previousCount: 10 }, 5, 0.1, 60_000)).toBe(42);
  });

  test('waits into the next window when this one is full', () => {
    // Next window: 10 * (1 - t) + 1 <= 5 at t = 0.6, i.e. 1.6 windows from this one's start.
    expect(secondsUntilAllowed({ count: 10, previousCount: 0 }, 5, 0.25, 60_000)).toBe(81);
    expect(secondsUntilAllowed({ count: 2, previousCount: 0 }, 1, 0.999, 1_000)).toBe(2);
  });
});

describe('clientAddress', () => {
  test('is the first X-Forwarded-For hop, else X-Real-IP, else "unknown"', () => {
    expect(clientAddress(new Request('http://x/', { headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' } }))).toBe('203.0.113.9');
    expect(clientAddress(new Request('http://x/', { headers: { 'x-real-ip': '203.0.113.7' } }))).toBe('203.0.113.7');
    expect(clientAddress(new Request('http://x/'))).toBe('unknown');
  });
});
