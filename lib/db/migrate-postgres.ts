import { randomUUID } from "node:crypto";
import pg from "pg";
import type { TMigrationFile } from "@/lib/db/migration-files";
import { planMigrations, type TLedgerRow } from "@/lib/db/migration-ledger";
import type { TMigrateReport } from "@/lib/db/migrate";

/** Prisma's ledger table on PostgreSQL, as `prisma migrate deploy` creates it. */
const LEDGER_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * The advisory lock key Prisma's own schema engine takes around migrations, so this migrator and
 * a `prisma migrate` command never run into each other either.
 */
export const MIGRATION_LOCK_KEY = 72707369;

/**
 * Applies the pending migrations to a PostgreSQL database under a session advisory lock (a second
 * instance starting at once waits, then finds nothing to do), each migration and its ledger row in
 * one transaction: PostgreSQL's DDL is transactional, so a failed migration leaves nothing behind
 * and the next start retries it. Needs a direct connection (a session lock), not PgBouncer in
 * transaction mode: see docs/deploy.md (DIRECT_DATABASE_URL).
 */
export async function migratePostgres(url: string, files: TMigrationFile[], log: (line: string) => void): Promise<TMigrateReport> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: "stridelift-migrate" });
  await client.connect();
  // An error on an idle client (server shutdown) is also thrown by the next query; never crash on it.
  client.on("error", () => undefined);
  const applied: string[] = [];
  try {
    const { rows: locked } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK_KEY]);
    if (!locked[0].locked) {
      log("database: another instance is migrating; waiting for it");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    }
    await client.query(LEDGER_DDL);
    const { rows } = await client.query<TLedgerRow>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"');
    const plan = planMigrations(files, rows);
    if (plan.problems.length > 0) throw new Error(`database not migrated:\n- ${plan.problems.join("\n- ")}`);
    for (const migration of plan.pending) {
      const startedAt = new Date();
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)',
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
    return { applied, unknown: plan.unknown };
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end().catch(() => undefined);
  }
}
