/**
 * A fresh database per test file with the committed migrations applied by the app's migrator, so
 * the integration tests run against the real schema, on either provider:
 * - SQLite (default): a temp file;
 * - PostgreSQL when TEST_POSTGRES_URL names a server (`npm run test:integration:pg` starts a
 *   throwaway one): a new database on it, dropped afterwards.
 * The Prisma client is lazy and reads DATABASE_URL when first used, so setting it in beforeAll is
 * early enough. Every integration test that touches the database should use setUpTempDatabase,
 * and read rows past Prisma with its `query` (placeholders $1, $2, ... on both providers; quote
 * table names: "Plan").
 */
import { afterAll, beforeAll } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";
import type { TDatabaseProvider } from "@/lib/db/database-provider";
import { createEmptyDatabase, migrationsDir, testProvider, type TEmptyDatabase } from "./empty-database";

export type TTempDatabase = {
  provider: TDatabaseProvider;
  /** DATABASE_URL while the file's tests run. */
  url: () => string;
  /** The SQLite file (SQLite runs only). */
  file: () => string;
  query: TEmptyDatabase["query"];
};

/** Registers hooks giving the calling test file its own migrated database. */
export function setUpTempDatabase(): TTempDatabase {
  let database: TEmptyDatabase | undefined;
  let previousUrl: string | undefined;
  let previousLimit: string | undefined;
  const current = (): TEmptyDatabase => {
    if (!database) throw new Error("the temp database exists only while the file's tests run");
    return database;
  };
  beforeAll(async () => {
    // These tests create many plans from one (address-less) client: no creation limit here;
    // tests/security/rate-limit-route.test.ts covers the limiter through the route.
    previousLimit = process.env.RATE_LIMIT_CREATE_PER_MINUTE;
    process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
    await disconnectPrisma();
    database = await createEmptyDatabase();
    await migrateDatabase({ url: database.url, migrationsDir: migrationsDir(database.provider) });
    previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    resetCreateRateLimiter();
  });
  afterAll(async () => {
    await disconnectPrisma();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    if (previousLimit === undefined) delete process.env.RATE_LIMIT_CREATE_PER_MINUTE;
    else process.env.RATE_LIMIT_CREATE_PER_MINUTE = previousLimit;
    resetCreateRateLimiter();
    await database?.drop();
    database = undefined;
  });
  return {
    provider: testProvider(),
    url: () => current().url,
    file: () => {
      if (current().provider !== "sqlite") throw new Error("file() is for SQLite runs; use query()");
      return current().file;
    },
    query: (sql, params) => current().query(sql, params),
  };
}
