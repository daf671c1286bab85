import { ApiError } from '@/lib/api/api-error';
import { clientAddress, RateLimiter } from '@/lib/api/rate-limit';

describe('RateLimiter', () => {
  test('allows a burst, then one request per refill interval, per key', () => {
    let now = 0;
    const limiter = new RateLimiter(6, 3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(10);
    expect(limiter.take('b')).toBe(0);
    now += 10_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    now += 3_600_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a') > 0]).toEqual([0, 0, 0, true]);
  });

  test('check throws a 429 with Retry-After', () => {
    const limiter = new RateLimiter(1, 1, () => 0);
    limiter.check('x');
    try {
      limiter.check('x');
      throw new Error('expected a 429');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(429);
      expect((error as ApiError).headers['Retry-After']).toBe('60');
    }
  });

  test('forgets refilled buckets so memory stays bounded under many addresses', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 1, () => now);
    for (let i = 0; i < 10_001; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    now += 60_000;
    limiter.take('late');
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThan(10);
  });
});

describe('clientAddress', () => {
  test('is the first X-Forwarded-For hop, else X-Real-IP, else "unknown"', () => {
    expect(clientAddress(new Request('http://x/', { headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' } }))).toBe('203.0.113.9');
    expect(clientAddress(new Request('http://x/', { headers: { 'x-real-ip': '203.0.113.7' } }))).toBe('203.0.113.7');
    expect(clientAddress(new Request('http://x/'))).toBe('unknown');
  });
});
