import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { TMigrationFile } from "@/lib/db/migration-files";
import { planMigrations, type TLedgerRow } from "@/lib/db/migration-ledger";
import type { TMigrateReport } from "@/lib/db/migrate";

/** Prisma's ledger table on SQLite, exactly as `prisma migrate deploy` creates it. */
const LEDGER_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** A second instance starting at the same moment waits this long for the first one's migration. */
const LOCK_WAIT_MS = 60_000;

/** Prisma's text form of a timestamp on SQLite: 2026-12-03T07:37:10.457+00:00. */
function prismaTimestamp(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Applies the pending migrations to a SQLite file, each in its own EXCLUSIVE transaction that
 * first re-reads the ledger: two processes starting at once apply each migration once (the second
 * waits, then sees it done). Foreign keys are switched off around the transaction (SQLite ignores
 * that pragma inside one, which is why Prisma's table redefinitions carry it) and checked before
 * each commit, so redefining a parent table can never cascade-delete its children.
 */
export function migrateSqlite(file: string, files: TMigrationFile[]): TMigrateReport {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: LOCK_WAIT_MS });
  const applied: string[] = [];
  try {
    db.pragma("foreign_keys = OFF");
    for (;;) {
      db.exec("BEGIN EXCLUSIVE");
      try {
        db.exec(LEDGER_DDL);
        const rows = db.prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"').all() as TLedgerRow[];
        const plan = planMigrations(files, rows);
        if (plan.problems.length > 0) throw new Error(`database not migrated:\n- ${plan.problems.join("\n- ")}`);
        const next = plan.pending[0];
        if (!next) {
          db.exec("COMMIT");
          return { applied, unknown: plan.unknown };
        }
        const startedAt = prismaTimestamp();
        try {
          db.exec(next.sql);
        } catch (error) {
          throw new Error(`migration ${next.name} failed: ${(error as Error).message}`, { cause: error });
        }
        const violations = db.prepare("PRAGMA foreign_key_check").all();
        if (violations.length > 0) throw new Error(`migration ${next.name} would break ${violations.length} foreign keys: ${JSON.stringify(violations.slice(0, 3))}`);
        db.prepare(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
        ).run(randomUUID(), next.checksum, prismaTimestamp(), next.name, startedAt);
        db.exec("COMMIT");
        applied.push(next.name);
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    }
  } finally {
    db.close();
  }
}
