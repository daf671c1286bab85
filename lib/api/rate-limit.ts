import { ApiError } from './api-error';

/**
 * A per-key token bucket held in this process's memory: each key may spend `burst` requests at once and
 * earns `perMinute` back each minute. Several instances each keep their own buckets, so behind a load
 * balancer the effective limit is multiplied by the number of instances; that is accepted for now.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`; returns 0 if allowed, else the seconds until a token is back. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFull();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute);
  }

  /** Throws a 429 with Retry-After when `key` has no token left. */
  check(key: string): void {
    const wait = this.take(key);
    if (wait > 0) {
      throw new ApiError(429, 'rate_limited', `too many requests; try again in ${wait} s`, { retryAfterSeconds: wait }, { 'Retry-After': String(wait) });
    }
  }

  /** Keeps memory bounded under many addresses: a bucket that has refilled carries no information. */
  private forgetFull(): void {
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute >= this.burst) this.buckets.delete(key);
    }
  }
}

/**
 * The client's address as the nearest proxy reports it. Next fills X-Forwarded-For with the socket
 * address only when the header is absent, so without a trusted proxy in front a client can choose its
 * own key; the limits slow down honest mistakes and casual abuse, not a determined attacker.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  return forwarded?.split(',')[0].trim() || request.headers.get('x-real-ip') || 'unknown';
}

/** The limits themselves: extraction is CPU-heavy, uploads are large, password guesses must be slow. */
export const extractLimiter = new RateLimiter(Number(process.env.TIMELINE_EXTRACT_PER_MINUTE ?? 30), 10);
export const uploadLimiter = new RateLimiter(Number(process.env.TIMELINE_UPLOADS_PER_MINUTE ?? 20), 10);
export const signInLimiter = new RateLimiter(10, 5);
