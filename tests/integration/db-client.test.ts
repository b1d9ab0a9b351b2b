import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, disconnectPrisma, getPrisma, getRowReader } from "@/lib/db/client";
import { DEFAULT_POOL_SIZE } from "@/lib/db/postgres-client";
import { testProvider } from "./empty-database";
import { setUpTempDatabase } from "./temp-database";

describe.runIf(testProvider() === "sqlite")("the Prisma client module on SQLite", () => {
  let dir = "";
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(() => {
    // In beforeAll, not in the describe body: a skipped describe still runs its body, never its afterAll.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-client-"));
  });

  afterAll(async () => {
    await disconnectPrisma();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates the database directory, switches the file to WAL, sets a busy timeout and synchronous=NORMAL", async () => {
    await disconnectPrisma();
    const file = path.join(dir, "not", "yet", "there.db");
    process.env.DATABASE_URL = `file:${file}`;
    const prisma = getPrisma();
    expect(getPrisma()).toBe(prisma);
    const timeout = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(Object.values(timeout[0])[0])).toBe(BUSY_TIMEOUT_MS);
    // 1 = NORMAL: with WAL, commits skip the fsync but survive a process crash.
    const synchronous = await prisma.$queryRawUnsafe<Record<string, bigint | number>[]>("PRAGMA synchronous");
    expect(Number(Object.values(synchronous[0])[0])).toBe(1);
    expect(fs.existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });
});

describe.runIf(testProvider() === "postgresql")("the Prisma client module on PostgreSQL", () => {
  setUpTempDatabase();

  it("connects through @prisma/adapter-pg with the pool's server-side timeouts and its name", async () => {
    const prisma = getPrisma();
    expect(getPrisma()).toBe(prisma);
    const [settings] = await prisma.$queryRaw<{ statement: string; idle: string; name: string; pool: number }[]>`
      SELECT current_setting('statement_timeout') AS statement,
             current_setting('idle_in_transaction_session_timeout') AS idle,
             current_setting('application_name') AS name,
             (SELECT count(*)::int4 FROM pg_stat_activity WHERE application_name = 'stridelift' AND datname = current_database()) AS pool`;
    expect(settings).toEqual({ statement: "5s", idle: "10s", name: "stridelift", pool: 1 });
  });

  it("opens at most DATABASE_POOL_SIZE connections per instance (default 10) under concurrent load", async () => {
    const prisma = getPrisma();
    await Promise.all(Array.from({ length: 40 }, () => prisma.$executeRaw`SELECT pg_sleep(0.05)`));
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int4 AS n FROM pg_stat_activity WHERE application_name = 'stridelift' AND datname = current_database()`;
    expect(row.n).toBe(DEFAULT_POOL_SIZE);
  });

  it("the row reader runs on the same pool: reads and Prisma queries together stay within DATABASE_POOL_SIZE", async () => {
    await disconnectPrisma();
    const reader = getRowReader();
    await Promise.all([
      ...Array.from({ length: 30 }, () => reader.select({ sql: "SELECT pg_sleep(0.05)::text AS slept", params: [] })),
      ...Array.from({ length: 30 }, () => getPrisma().$executeRaw`SELECT pg_sleep(0.05)`),
    ]);
    const [row] = await reader.select<{ n: number }>({
      sql: "SELECT count(*)::int4 AS n FROM pg_stat_activity WHERE application_name = 'stridelift' AND datname = current_database()",
      params: [],
    });
    expect(row.n).toBe(DEFAULT_POOL_SIZE);
  });
});
