/**
 * Per-client limit on plan creation: a sliding-window log (at most `limit` creations in any
 * `windowMs`), keyed by client IP. `createRateLimiter` below is the in-memory one.
 *
 * Trust assumption: the client IP is the first entry of `X-Forwarded-For` (else `X-Real-IP`).
 * `next start` fills `X-Forwarded-For` with the socket address when the request has none, but keeps
 * one sent by the client. So in production the app must sit behind a reverse proxy that overwrites
 * these headers with the real peer address (nginx: `proxy_set_header X-Forwarded-For $remote_addr`);
 * exposed directly, a client could rotate fake addresses to dodge the limit.
 *
 * Where the window lives follows the database: with SQLite (one process) in this process's memory,
 * forgotten on restart; with PostgreSQL in the database (lib/http/rate-limit-postgres.ts), so every
 * instance behind the proxy counts one window per client and a restart forgets nothing.
 */

import { databaseProvider } from "@/lib/db/database-provider";
import { errorResponse, HttpError } from "@/lib/http/errors";
import { MINUTE_MS, retryAfterSeconds, type TRateLimitDecision, type TRateLimiter } from "@/lib/http/rate-limit-decision";
import { createPostgresRateLimiter } from "@/lib/http/rate-limit-postgres";

export type { TRateLimitDecision, TRateLimiter } from "@/lib/http/rate-limit-decision";

export const DEFAULT_CREATE_LIMIT_PER_MINUTE = 30;
/** A calendar import can cost ~1.5 s of CPU, so it gets its own, tighter bucket. */
export const DEFAULT_IMPORT_LIMIT_PER_MINUTE = 20;
/** Bounds memory under a flood of distinct (possibly spoofed) addresses. */
const DEFAULT_MAX_KEYS = 10_000;

/** The in-memory limiter answers at once (and is a TRateLimiter). */
export type TMemoryRateLimiter = {
  readonly limit: number;
  check(key: string): TRateLimitDecision;
  /** Number of clients currently tracked (for tests of the memory bound). */
  size(): number;
};

export type TRateLimiterOptions = {
  /** Attempts allowed per window; 0 or less disables the limiter. */
  limit: number;
  windowMs?: number;
  /** Injected clock (milliseconds), for tests. */
  now?: () => number;
  maxKeys?: number;
};

export function createRateLimiter({
  limit,
  windowMs = MINUTE_MS,
  now = Date.now,
  maxKeys = DEFAULT_MAX_KEYS,
}: TRateLimiterOptions): TMemoryRateLimiter {
  // Per key: the times of the attempts still inside the window, oldest first.
  const hits = new Map<string, number[]>();

  function sweep(at: number): void {
    for (const [key, times] of hits) {
      if (times[times.length - 1] <= at - windowMs) hits.delete(key);
    }
    // Still too many live clients: forget the least recently seen ones.
    for (const key of hits.keys()) {
      if (hits.size <= maxKeys) break;
      hits.delete(key);
    }
  }

  return {
    limit,
    size: () => hits.size,
    check(key: string): TRateLimitDecision {
      if (limit <= 0) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
      const at = now();
      const times = (hits.get(key) ?? []).filter((time) => time > at - windowMs);
      // Re-inserting keeps Map order = least recently seen first, which `sweep` relies on.
      hits.delete(key);
      if (times.length >= limit) {
        hits.set(key, times);
        return { allowed: false, retryAfterSeconds: retryAfterSeconds(times[0] + windowMs - at) };
      }
      times.push(at);
      hits.set(key, times);
      if (hits.size > maxKeys) sweep(at);
      return { allowed: true, remaining: limit - times.length };
    },
  };
}

/**
 * `RATE_LIMIT_CREATE_PER_MINUTE`: a whole number >= 0 (0 disables the limit); anything else falls
 * back to the default rather than silently disabling protection.
 */
export function readCreateLimit(env: Record<string, string | undefined> = process.env): number {
  return readLimit(env.RATE_LIMIT_CREATE_PER_MINUTE, DEFAULT_CREATE_LIMIT_PER_MINUTE);
}

/** `RATE_LIMIT_IMPORT_PER_MINUTE`, read like `RATE_LIMIT_CREATE_PER_MINUTE` (default 20). */
export function readImportLimit(env: Record<string, string | undefined> = process.env): number {
  return readLimit(env.RATE_LIMIT_IMPORT_PER_MINUTE, DEFAULT_IMPORT_LIMIT_PER_MINUTE);
}

function readLimit(value: string | undefined, fallback: number): number {
  const raw = value?.trim();
  if (raw === undefined || raw === "" || !/^\d+$/.test(raw)) return fallback;
  return Number(raw);
}

/** The client's address as the reverse proxy reports it (see the trust assumption above). */
export function clientKeyFromHeaders(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 64);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 64);
  return "unknown";
}

/** The 429 answer, in the API's one error shape; `what` names what was asked too often. */
export function rateLimitedResponse(retryAfterSeconds: number, what = "plans created"): Response {
  return errorResponse(
    new HttpError("rate_limited", `Too many ${what} from your address. Try again in ${retryAfterSeconds} seconds.`, {
      headers: { "Retry-After": String(retryAfterSeconds) },
    }),
  );
}

const globalForLimiter = globalThis as unknown as { strideliftCreateLimiter?: TRateLimiter; strideliftImportLimiter?: TRateLimiter };

/**
 * The limiter for POST /api/plans, configured from the environment on first use: in the database
 * when DATABASE_URL is PostgreSQL (shared by every instance), else in this process's memory.
 */
export function getCreateRateLimiter(): TRateLimiter {
  globalForLimiter.strideliftCreateLimiter ??=
    databaseProvider() === "postgresql" ? createPostgresRateLimiter({ limit: readCreateLimit() }) : createRateLimiter({ limit: readCreateLimit() });
  return globalForLimiter.strideliftCreateLimiter;
}

/** Forgets the process-wide limiter (tests change the environment between cases). */
export function resetCreateRateLimiter(): void {
  globalForLimiter.strideliftCreateLimiter = undefined;
}

/** The process-wide limiter for calendar imports (POST /api/run-plan/import and refresh). */
export function getImportRateLimiter(): TRateLimiter {
  globalForLimiter.strideliftImportLimiter ??=
    databaseProvider() === "postgresql" ? withKeyPrefix("import:", createPostgresRateLimiter({ limit: readImportLimit() })) : createRateLimiter({ limit: readImportLimit() });
  return globalForLimiter.strideliftImportLimiter;
}

/** Forgets the import limiter (tests change the environment between cases). */
export function resetImportRateLimiter(): void {
  globalForLimiter.strideliftImportLimiter = undefined;
}

/** A 429 response when this request's client is over the limit (default: plan creation), else null. */
export async function limitPlanCreation(request: Request, limiter: TRateLimiter = getCreateRateLimiter(), what?: string): Promise<Response | null> {
  const decision = await limiter.check(clientKeyFromHeaders(request.headers));
  return decision.allowed ? null : rateLimitedResponse(decision.retryAfterSeconds, what);
}

/** The same limiter counting under its own keys, so two buckets can share one table. */
function withKeyPrefix(prefix: string, limiter: TRateLimiter): TRateLimiter {
  return { ...limiter, check: (key) => limiter.check(prefix + key) };
}
