import { getPrisma, type TPrismaClient } from "@/lib/db/client";
import { MINUTE_MS, retryAfterSeconds, type TRateLimitDecision, type TRateLimiter } from "@/lib/http/rate-limit-decision";

/**
 * Namespace of the per-client advisory locks (the two-integer key space, which never meets the
 * migrator's one-bigint lock).
 */
const LOCK_NAMESPACE = 0x5354524c; // "STRL"

export type TPostgresRateLimiterOptions = {
  /** Attempts allowed per window; 0 or less disables the limiter (no query at all). */
  limit: number;
  windowMs?: number;
  prisma?: () => TPrismaClient;
};

type TCountRow = { allowed: number; used: number; oldestAgeMs: number | null };

/**
 * The create limit shared by every instance on one PostgreSQL database: the same sliding-window log
 * as the in-memory limiter, one "RateLimitHit" row per allowed attempt, on the database's clock.
 *
 * One transaction per check: a transaction-scoped advisory lock on the client's key serialises
 * concurrent checks of that client across all instances (other clients are not held up), then one
 * statement counts the client's rows in the window and inserts a row only when the count is below
 * the limit. The count is taken after the lock, in its own statement (READ COMMITTED: a fresh
 * snapshot), so it sees every earlier attempt committed by any instance: N concurrent attempts at
 * `used = limit - 1` let exactly one through. The lock is released by COMMIT, so it also works
 * behind PgBouncer in transaction mode.
 *
 * Old rows are swept once per window per instance: one DELETE scanning a small table (at most
 * `limit` rows per client active in the last window, since refused attempts write nothing).
 */
export function createPostgresRateLimiter({ limit, windowMs = MINUTE_MS, prisma = getPrisma }: TPostgresRateLimiterOptions): TRateLimiter {
  const windowSeconds = windowMs / 1000;
  let nextSweepAt = 0;

  async function sweep(client: TPrismaClient): Promise<void> {
    if (Date.now() < nextSweepAt) return;
    nextSweepAt = Date.now() + windowMs;
    await client.$executeRaw`DELETE FROM "RateLimitHit" WHERE "at" <= (clock_timestamp() AT TIME ZONE 'UTC') - make_interval(secs => ${windowSeconds}::float8)`;
  }

  return {
    limit,
    async check(key: string): Promise<TRateLimitDecision> {
      if (limit <= 0) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
      const client = prisma();
      // "at" is TIMESTAMP(3) holding UTC, as Prisma writes DateTime columns on PostgreSQL.
      const [, rows] = await client.$transaction([
        client.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}::int4, hashtext(${key}::text))`,
        client.$queryRaw<TCountRow[]>`
          WITH clock AS (SELECT (clock_timestamp() AT TIME ZONE 'UTC') AS now),
          recent AS (
            SELECT h."at" FROM "RateLimitHit" h, clock
            WHERE h."key" = ${key}::text AND h."at" > clock.now - make_interval(secs => ${windowSeconds}::float8)
          ),
          inserted AS (
            INSERT INTO "RateLimitHit" ("id", "key", "at")
            SELECT gen_random_uuid()::text, ${key}::text, clock.now FROM clock
            WHERE (SELECT count(*) FROM recent) < ${limit}::int4
            RETURNING 1
          )
          SELECT
            (SELECT count(*) FROM inserted)::int4 AS "allowed",
            (SELECT count(*) FROM recent)::int4 AS "used",
            (SELECT (EXTRACT(EPOCH FROM (SELECT now FROM clock) - min(recent."at")) * 1000)::float8 FROM recent) AS "oldestAgeMs"`,
      ]);
      await sweep(client);
      const { allowed, used, oldestAgeMs } = rows[0];
      if (allowed === 1) return { allowed: true, remaining: limit - used - 1 };
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(windowMs - (oldestAgeMs ?? 0)) };
    },
  };
}
