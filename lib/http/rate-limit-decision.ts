/** One window for every limiter: "at most `limit` attempts in any 60 s". */
export const MINUTE_MS = 60_000;

export type TRateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

export type TRateLimiter = {
  readonly limit: number;
  /** Records one attempt for `key` if it fits in the window; otherwise says how long to wait. */
  check(key: string): TRateLimitDecision | Promise<TRateLimitDecision>;
};

/** A wait in milliseconds as a Retry-After value: whole seconds, at least 1. */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
