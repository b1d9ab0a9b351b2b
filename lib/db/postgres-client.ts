import { PoolSafePrismaPg } from "@/lib/db/pool-safe-pg-adapter";
import type { PoolConfig } from "pg";
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

/** The Prisma client on PostgreSQL through @prisma/adapter-pg (its own generated client: see README). */
export function createPostgresClient(url: string): InstanceType<typeof PrismaClient> {
  return new PrismaClient({ adapter: new PoolSafePrismaPg(postgresPoolConfig(url)) });
}
