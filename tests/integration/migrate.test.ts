/**
 * The migrator (`npm run db:deploy`, lib/db/migrate.ts) on the provider of this run: it applies the
 * committed chain once, keeps Prisma's ledger, refuses changed or failed migrations, survives two
 * instances starting together, and (SQLite) reads and writes the same ledger as `prisma migrate
 * deploy`, so databases deployed before it keep working.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { readMigrationFiles } from "@/lib/db/migration-files";
import { findPlan } from "@/tests/support/find-plan";
import { buildPlan, ENGINE_VERSION } from "@/lib/engine/build-plan";
import { parsePlanInput } from "@/lib/plan-input";
import { validInput } from "./requests";
import { createEmptyDatabase, migrationsDir, testProvider, type TEmptyDatabase } from "./empty-database";

const ROOT = path.resolve(__dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules", ".bin", "prisma");
const provider = testProvider();
const committed = readMigrationFiles(migrationsDir());
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-migrations-"));
const databases: TEmptyDatabase[] = [];

async function emptyDatabase(): Promise<TEmptyDatabase> {
  const database = await createEmptyDatabase();
  databases.push(database);
  return database;
}

/** A migrations directory holding copies of the first `count` committed migrations plus `extra` ones. */
function migrationsCopy(count: number, extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(scratch, "chain-"));
  for (const migration of committed.slice(0, count)) {
    fs.cpSync(path.join(migrationsDir(), migration.name), path.join(dir, migration.name), { recursive: true });
  }
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function ledger(database: TEmptyDatabase): Promise<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }[]> {
  return database.query(
    'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
  ).then((rows) => rows.map((row) => ({ ...(row as { migration_name: string; checksum: string; applied_steps_count: number }), finished: Boolean(row.finished) })));
}

async function tableNames(database: TEmptyDatabase): Promise<string[]> {
  const sql =
    provider === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
  return (await database.query<{ name: string }>(sql)).map((row) => row.name);
}

afterEach(async () => {
  await disconnectPrisma();
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe(`the migrator on ${provider}`, () => {
  it("applies every committed migration in name order and records each with Prisma's checksum (sha256 of the file)", async () => {
    const database = await emptyDatabase();
    const report = await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() });
    expect(report.applied).toEqual(committed.map((migration) => migration.name));
    expect(await ledger(database)).toEqual(
      committed.map((migration) => ({ migration_name: migration.name, checksum: migration.checksum, finished: true, applied_steps_count: 1 })),
    );
    expect(await tableNames(database)).toEqual(["Plan", "PlanFeed", "RateLimitHit", "SessionLog", "_prisma_migrations"]);
    // Up to date: a second run (every `npm start`) changes nothing and says nothing.
    expect(await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() })).toEqual({ applied: [], unknown: [] });
    expect(await ledger(database)).toHaveLength(committed.length);
  });

  it("two instances starting at once: each migration is applied exactly once and both succeed", async () => {
    const database = await emptyDatabase();
    const reports = await Promise.all([
      migrateDatabase({ url: database.url, migrationsDir: migrationsDir() }),
      migrateDatabase({ url: database.url, migrationsDir: migrationsDir() }),
      migrateDatabase({ url: database.url, migrationsDir: migrationsDir() }),
    ]);
    expect(reports.flatMap((report) => report.applied).sort()).toEqual(committed.map((migration) => migration.name));
    expect(await ledger(database)).toHaveLength(committed.length);
  });

  it("refuses to run when an applied migration's file changed, and changes nothing", async () => {
    const database = await emptyDatabase();
    const dir = migrationsCopy(committed.length);
    await migrateDatabase({ url: database.url, migrationsDir: dir });
    const first = path.join(dir, committed[0].name, "migration.sql");
    fs.appendFileSync(first, "\n-- an edit after the fact\n");
    const later = migrationsCopy(committed.length, { "29990101000000_later": 'CREATE TABLE "Later" ("id" TEXT NOT NULL PRIMARY KEY);' });
    fs.copyFileSync(first, path.join(later, committed[0].name, "migration.sql"));
    await expect(migrateDatabase({ url: database.url, migrationsDir: later })).rejects.toThrow(new RegExp(`${committed[0].name} was changed after it was applied`));
    expect(await tableNames(database)).not.toContain("Later");
  });

  it("a failing migration is rolled back whole: nothing of it stays, nothing is recorded, and the next start retries it", async () => {
    const database = await emptyDatabase();
    const broken = migrationsCopy(committed.length, {
      "29990101000000_half_done": 'CREATE TABLE "HalfDone" ("id" TEXT NOT NULL PRIMARY KEY);\nINSERT INTO "NoSuchTable" ("id") VALUES (\'x\');',
    });
    await expect(migrateDatabase({ url: database.url, migrationsDir: broken })).rejects.toThrow(/29990101000000_half_done failed/);
    expect(await tableNames(database)).not.toContain("HalfDone");
    expect((await ledger(database)).map((row) => row.migration_name)).toEqual(committed.map((migration) => migration.name));
    const fixed = migrationsCopy(committed.length, { "29990101000000_half_done": 'CREATE TABLE "HalfDone" ("id" TEXT NOT NULL PRIMARY KEY);' });
    expect((await migrateDatabase({ url: database.url, migrationsDir: fixed })).applied).toEqual(["29990101000000_half_done"]);
  });

  it("a failed migration left in the ledger (by prisma migrate deploy) stops the start with how to resolve it", async () => {
    const database = await emptyDatabase();
    await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() });
    const last = committed[committed.length - 1].name;
    await database.query('UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1', [last]);
    await expect(migrateDatabase({ url: database.url, migrationsDir: migrationsDir() })).rejects.toThrow(/failed earlier and is not rolled back.*rolled_back_at/s);
  });

  it("migrations applied by a newer release are reported, not refused (a rolling deploy's older instance still starts)", async () => {
    const database = await emptyDatabase();
    const newer = migrationsCopy(committed.length, { "29990101000000_newer": 'CREATE TABLE "Newer" ("id" TEXT NOT NULL PRIMARY KEY);' });
    await migrateDatabase({ url: database.url, migrationsDir: newer });
    const lines: string[] = [];
    const report = await migrateDatabase({ url: database.url, migrationsDir: migrationsDir(), log: (line) => lines.push(line) });
    expect(report).toEqual({ applied: [], unknown: ["29990101000000_newer"] });
    expect(lines.join("\n")).toContain("29990101000000_newer");
  });

  // PostgreSQL's chain has a single migration so far: nothing to upgrade from yet.
  it.runIf(committed.length > 1)("upgrading a database made by the first migration keeps every row, and the app reads them", async () => {
    const database = await emptyDatabase();
    await migrateDatabase({ url: database.url, migrationsDir: migrationsCopy(1) });
    const parsed = parsePlanInput(validInput(), new Date());
    if (!parsed.success) throw parsed.error;
    const input = parsed.data;
    const id = "AAAAAAAAAAAAAAAAAAAAAA";
    const columns = (await database.query<{ name: string }>(provider === "sqlite" ? "SELECT name FROM pragma_table_info('Plan')" : "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'Plan'")).map((column) => column.name);
    const row: Record<string, unknown> = {
      id,
      editTokenHash: "a".repeat(64),
      input: JSON.stringify(input),
      plan: JSON.stringify(buildPlan(input, { today: input.startDate })),
      engineVersion: "0.9.0",
      // The text form Prisma's SQLite adapter writes; PostgreSQL reads the same ISO text.
      createdAt: "2026-11-01T09:30:00.000+00:00",
      updatedAt: "2026-11-02T10:45:00.000+00:00",
    };
    const present = Object.keys(row).filter((column) => columns.includes(column));
    await database.query(
      `INSERT INTO "Plan" (${present.map((column) => `"${column}"`).join(", ")}) VALUES (${present.map((_, i) => `$${i + 1}`).join(", ")})`,
      present.map((column) => row[column]),
    );
    await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() });
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const stored = await findPlan(id);
      expect(stored).not.toBeNull();
      expect(stored!.input).toEqual(input);
      expect(stored!.plan.engineVersion).toBe(ENGINE_VERSION);
      expect(stored!.createdAt.toISOString()).toBe("2026-11-01T09:30:00.000Z");
      expect(stored!.updatedAt.toISOString()).toBe("2026-11-02T10:45:00.000Z");
    } finally {
      await disconnectPrisma();
      if (previousUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previousUrl;
    }
  });
});

function prismaCli(args: string[], url: string): string {
  return execFileSync(PRISMA, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "pipe" });
}

describe.runIf(provider === "sqlite")("the migrator and `prisma migrate deploy` share one ledger (SQLite)", () => {
  it("a database deployed by the Prisma CLI is up to date for the migrator (same names, same checksums)", async () => {
    const database = await emptyDatabase();
    prismaCli(["migrate", "deploy"], database.url);
    const before = await ledger(database);
    expect(before.map((row) => row.checksum)).toEqual(committed.map((migration) => migration.checksum));
    expect(await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() })).toEqual({ applied: [], unknown: [] });
    expect(await ledger(database)).toEqual(before);
  });

  it("after the migrator, Prisma's own tooling sees the database as up to date", async () => {
    const database = await emptyDatabase();
    await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() });
    expect(prismaCli(["migrate", "status"], database.url)).toContain("Database schema is up to date");
    expect(prismaCli(["migrate", "deploy"], database.url)).toContain("No pending migrations to apply");
  });

  it("redefining a parent table (Prisma's RedefineTables) never cascade-deletes its children", async () => {
    const database = await emptyDatabase();
    await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() });
    await database.query(`INSERT INTO "Plan" (id, editTokenHash, input, engineVersion, updatedAt) VALUES ('p', 'h', '{}', '1', '2026-01-01T00:00:00.000+00:00')`);
    await database.query(
      `INSERT INTO "SessionLog" (planId, sessionId, status, sessionDate, sessionTitle, exercises, updatedAt) VALUES ('p', 's', 'done', '2026-01-01', 'A', '[]', '2026-01-01T00:00:00.000+00:00')`,
    );
    const redefine = fs.readFileSync(path.join(migrationsDir(), "20261202000000_season_adjustments_logs_feed", "migration.sql"), "utf8").split("-- RedefineTables")[1];
    const dir = migrationsCopy(committed.length, { "29990101000000_redefine_plan": `-- RedefineTables${redefine}` });
    await migrateDatabase({ url: database.url, migrationsDir: dir });
    expect(await database.query('SELECT "sessionId" FROM "SessionLog"')).toEqual([{ sessionId: "s" }]);
  });
});

describe.runIf(provider === "postgresql")("Prisma's tooling reads the migrator's ledger (PostgreSQL)", () => {
  it("`prisma migrate status` (which works through the adapter, unlike deploy) reports the database up to date", async () => {
    const database = await emptyDatabase();
    await migrateDatabase({ url: database.url, migrationsDir: migrationsDir() });
    expect(prismaCli(["migrate", "status"], database.url)).toContain("Database schema is up to date");
  });
});
