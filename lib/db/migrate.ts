import { databaseProvider } from "@/lib/db/database-provider";
import { DEFAULT_DATABASE_URL, resolveDatabasePath } from "@/lib/db/database-path";
import { readMigrationFiles } from "@/lib/db/migration-files";
import { migratePostgres } from "@/lib/db/migrate-postgres";
import { migrateSqlite } from "@/lib/db/migrate-sqlite";
import { prismaPaths } from "@/lib/db/prisma-paths";

export type TMigrateReport = {
  /** Migrations applied by this call, in order (empty when the database was up to date). */
  applied: string[];
  /** Applied migrations this code does not have (a newer release migrated): allowed, warned about. */
  unknown: string[];
};

export type TMigrateOptions = {
  /** Default DIRECT_DATABASE_URL, else DATABASE_URL, else the SQLite default. */
  url?: string;
  /** Default: the provider's committed migrations (prisma/migrations or prisma/migrations-postgresql). */
  migrationsDir?: string;
  log?: (line: string) => void;
};

/**
 * Brings the database to the committed migrations of its provider, recording them in Prisma's
 * `_prisma_migrations` ledger with Prisma's checksums: a database deployed by `prisma migrate
 * deploy` is read as is, and Prisma's tooling can read ours. Throws (the app must not start) when
 * an applied migration's file changed or a migration failed. Safe to run from several instances at
 * once and harmless when up to date. Why not `prisma migrate deploy`: README, "Database".
 */
export async function migrateDatabase(options: TMigrateOptions = {}): Promise<TMigrateReport> {
  const url = options.url ?? process.env.DIRECT_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const provider = databaseProvider(url);
  const files = readMigrationFiles(options.migrationsDir ?? prismaPaths(provider).migrations);
  const log = options.log ?? (() => undefined);
  const report = provider === "postgresql" ? await migratePostgres(url, files, log) : migrateSqlite(resolveDatabasePath(url), files);
  for (const name of report.applied) log(`database: applied migration ${name}`);
  if (report.unknown.length > 0) log(`database: applied migrations not in this release (a newer one ran?): ${report.unknown.join(", ")}`);
  return report;
}
