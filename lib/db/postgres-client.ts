import { PoolSafePrismaPg } from "@/lib/db/pool-safe-pg-adapter";
import pg, { type PoolConfig } from "pg";
import { PrismaClient } from "@/lib/db/generated-pg/client";

/** Connections per app instance when DATABASE_POOL_SIZE is not set. */
export const DEFAULT_POOL_SIZE = 10;
/** Longest a request waits for a pooled connection (or a new one) before it is answered 503. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** Longest one statement may run on the server (the counterpart of SQLite's busy timeout). */
export const STATEMENT_TIMEOUT_MS = 5_000;

/**
 * `DATABASE_POOL_SIZE`: connections per instance, a whole number from 1 to 100; anything else is
 * the default. Node runs one request at a time and awaits the database, so a few connections keep
 * two cores busy; instances x pool size must stay below the server's max_connections (100).
 */
export function readPoolSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DATABASE_POOL_SIZE?.trim() ?? "";
  const size = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return size >= 1 && size <= 100 ? size : DEFAULT_POOL_SIZE;
}

/**
 * The pool settings for `url`. TLS comes from the URL (`?sslmode=require`, `sslrootcert=...`), as
 * node-postgres reads it. The server-side timeouts travel as startup parameters: a stuck statement
 * or an abandoned transaction cannot hold locks for long. `query_timeout` is the client's own
 * limit for a server that stops answering altogether (no TCP reset, e.g. a network partition).
 */
export function postgresPoolConfig(url: string, env: Record<string, string | undefined> = process.env): PoolConfig {
  return {
    connectionString: url,
    max: readPoolSize(env),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 10_000,
    query_timeout: STATEMENT_TIMEOUT_MS * 2,
    keepAlive: true,
    application_name: "stridelift",
  };
}

/**
 * The Prisma client on PostgreSQL through @prisma/adapter-pg (its own generated client: see README),
 * and the pool it runs on, which the row reader shares. The pool is ours to end (the adapter only
 * lets go of it), so a `$disconnect` followed by more queries cannot leave the reader on an ended pool.
 */
export function createPostgresClient(url: string): { client: InstanceType<typeof PrismaClient>; pool: pg.Pool } {
  const pool = new pg.Pool(postgresPoolConfig(url));
  // An idle connection the server closed (a restart, an admin's terminate) is an "error" event on
  // the pool, and an unheard one kills the process. The pool has already dropped that connection
  // and opens a new one for the next query, so there is nothing to do. Listening here, not only in
  // the adapter (which starts listening when Prisma first connects), covers a reader that came first.
  pool.on("error", () => {});
  const adapter = new PoolSafePrismaPg(pool);
  // The adapter recognises a pool by instanceof; a second copy of pg (bundling) would make it
  // treat ours as settings and open a pool of its own, silently doubling the connections.
  if ((adapter as unknown as { externalPool: unknown }).externalPool !== pool) throw new Error("@prisma/adapter-pg did not take the shared pg pool");
  return { client: new PrismaClient({ adapter }), pool };
}
