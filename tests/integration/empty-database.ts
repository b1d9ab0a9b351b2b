/**
 * Empty throwaway databases of either provider, for the integration tests (through
 * temp-database.ts) and the scripts that drive a production server (fuzz, load, cluster): a temp
 * SQLite file, or a new database on the PostgreSQL server TEST_POSTGRES_URL names.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { TDatabaseProvider } from "@/lib/db/database-provider";
import { prismaPaths } from "@/lib/db/prisma-paths";

const ROOT = path.resolve(__dirname, "../..");

/** The provider the integration tests run on: PostgreSQL when TEST_POSTGRES_URL is set. */
export function testProvider(): TDatabaseProvider {
  return process.env.TEST_POSTGRES_URL ? "postgresql" : "sqlite";
}

/** The committed migrations of a provider (absolute path). */
export function migrationsDir(provider: TDatabaseProvider = testProvider()): string {
  return prismaPaths(provider, ROOT).migrations;
}

export type TEmptyDatabase = {
  provider: TDatabaseProvider;
  url: string;
  /** The SQLite file (empty string on PostgreSQL). */
  file: string;
  /** Raw SQL past Prisma: `$1`-style placeholders on both providers. */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** Closes the helper's connections and deletes the database. */
  drop: () => Promise<void>;
};

/** `url` with its database name replaced (the growth bench reaches its databases the same way). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** An empty database (nothing migrated) of the test provider; the caller drops it. */
export async function createEmptyDatabase(provider: TDatabaseProvider = testProvider()): Promise<TEmptyDatabase> {
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-test-"));
    const file = path.join(dir, "test.db");
    return {
      provider,
      url: `file:${file}`,
      file,
      query: async <T,>(sql: string, params: unknown[] = []) => {
        const db = new Database(file);
        try {
          // PostgreSQL's $1, $2 become better-sqlite3's positional ?s: the same SQL runs on both providers.
          const order = [...sql.matchAll(/\$(\d+)/g)].map((match) => params[Number(match[1]) - 1]);
          const statement = db.prepare(sql.replace(/\$\d+/g, "?"));
          return (statement.reader ? statement.all(...order) : (statement.run(...order), [])) as T[];
        } finally {
          db.close();
        }
      },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("TEST_POSTGRES_URL is not set: run through `npm run test:integration:pg`");
  const name = `stridelift_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  let pool: pg.Pool | undefined;
  return {
    provider,
    url,
    file: "",
    query: async <T,>(sql: string, params: unknown[] = []) => {
      pool ??= new pg.Pool({ connectionString: url, max: 2 });
      return (await pool.query(sql, params)).rows as T[];
    },
    drop: async () => {
      await pool?.end();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

