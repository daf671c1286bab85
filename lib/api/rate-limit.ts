import { logger } from '../log/logger';
import { getStore, type RequestCounts, type Store } from '../store';
import { ApiError } from './api-error';

/** What a limiter does when the store cannot count: let the request through, or refuse it with a 503. */
export type IfStoreFails = 'allow' | 'refuse';

export interface RateLimit {
  /** The route class, which keys the counters together with the client. */
  scope: string;
  /** Requests a client may make per minute, sustained. */
  perMinute: number;
  /** Requests a client may make at once; the window is as long as it takes to earn them at `perMinute`. */
  burst: number;
  ifStoreFails: IfStoreFails;
}

type Counter = Pick<Store, 'countRequest' | 'pruneRequestCounts'>;

const PRUNE_EVERY_MS = 60_000;
/** Longer values are spoofed headers, not addresses; cutting them keeps the key small and merely merges such clients. */
const MAX_CLIENT_LENGTH = 100;

/**
 * A per-client limit that every instance sharing the store counts together: fixed windows in the store,
 * read as a sliding window (the previous window's count weighted by how much of it still overlaps the
 * last `window` of time), which a client cannot double by straddling a window boundary. Refused requests
 * count too, so a client that keeps hammering stays refused, and Retry-After tells a patient one exactly
 * when a request will pass.
 */
export class RateLimiter {
  readonly windowMs: number;
  private prunedAt = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly counter: () => Promise<Counter> = getStore,
    private readonly now: () => number = Date.now,
  ) {
    if (!(limit.perMinute > 0) || !Number.isInteger(limit.burst) || limit.burst < 1) {
      throw new Error(`rate limit "${limit.scope}": perMinute must be a positive number and burst a positive integer`);
    }
    this.windowMs = Math.max(1, Math.round((limit.burst / limit.perMinute) * 60_000));
  }

  /** Counts one request by `client`; throws a 429 with Retry-After when it is over the limit. */
  async check(client: string): Promise<void> {
    const now = this.now();
    const windowStart = now - (now % this.windowMs);
    let counts: RequestCounts;
    try {
      const counter = await this.counter();
      counts = await counter.countRequest(this.limit.scope, client.slice(0, MAX_CLIENT_LENGTH), windowStart, this.windowMs);
      await this.pruneNowAndThen(counter, now);
    } catch (error) {
      this.storeFailed(error);
      return;
    }
    const wait = secondsUntilAllowed(counts, this.limit.burst, (now - windowStart) / this.windowMs, this.windowMs);
    if (wait > 0) {
      throw new ApiError(429, 'rate_limited', `too many requests; try again in ${wait} s`, { retryAfterSeconds: wait }, { 'Retry-After': String(wait) });
    }
  }

  /** Each instance prunes old windows about once a minute, so the table holds only live clients. */
  private async pruneNowAndThen(counter: Counter, now: number): Promise<void> {
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    // The request was counted; a failed clean-up is only worth a log line (the next one will catch up).
    await counter.pruneRequestCounts(now).catch((error: unknown) => logger.error({ err: error }, 'pruning rate-limit counts failed'));
  }

  private storeFailed(error: unknown): void {
    const { scope, ifStoreFails } = this.limit;
    logger.error({ err: error, scope, ifStoreFails }, 'rate limit store failed');
    if (ifStoreFails === 'refuse') {
      throw new ApiError(503, 'unavailable', 'cannot check the rate limit just now; try again shortly', undefined, { 'Retry-After': '5' });
    }
  }
}

/**
 * 0 if the request just counted is within `limit`, else whole seconds until one more would be. `counts`
 * includes this request; `elapsed` is how far into its window it came, from 0 to 1. The estimate is
 * `previousCount * (1 - elapsed) + count`: it has room for one more request either later in this window,
 * once the previous window's weight has shrunk enough, or in the next, where this window's count is the
 * previous one.
 */
export function secondsUntilAllowed({ count, previousCount }: RequestCounts, limit: number, elapsed: number, windowMs: number): number {
  if (previousCount * (1 - elapsed) + count <= limit) return 0;
  const at = count + 1 <= limit ? 1 - (limit - count - 1) / previousCount : 1 + Math.max(0, 1 - (limit - 1) / count);
  // Rounded to whole milliseconds first, so that float noise (0.8 - 0.1) never adds a second.
  return Math.max(1, Math.ceil(Math.round((at - elapsed) * windowMs) / 1000));
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

function perMinuteFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!(value > 0)) throw new Error(`${name} must be a positive number of requests per minute, not ${JSON.stringify(process.env[name])}`);
  return value;
}

/**
 * The limits themselves: extraction is CPU-heavy, uploads are large, password guesses must be slow.
 * If the store cannot count, extraction and uploads go ahead: the extractor pool's queue limit still bounds
 * the work, and uploads need the store to do anything anyway, so refusing would only turn a database hiccup
 * into an outage. Sign-in refuses: the password is the one secret here, and an attacker able to overload
 * the store must not get unlimited guesses by doing so.
 */
export const extractLimiter = new RateLimiter({ scope: 'extract', perMinute: perMinuteFromEnv('TIMELINE_EXTRACT_PER_MINUTE', 30), burst: 10, ifStoreFails: 'allow' });
export const uploadLimiter = new RateLimiter({ scope: 'upload', perMinute: perMinuteFromEnv('TIMELINE_UPLOADS_PER_MINUTE', 20), burst: 10, ifStoreFails: 'allow' });
export const signInLimiter = new RateLimiter({ scope: 'sign-in', perMinute: 10, burst: 5, ifStoreFails: 'refuse' });
