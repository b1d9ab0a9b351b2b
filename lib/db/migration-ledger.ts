import type { TMigrationFile } from "@/lib/db/migration-files";

/** The columns of Prisma's `_prisma_migrations` rows the migrator reads. */
export type TLedgerRow = {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
};

export type TMigrationPlan = {
  /** Not yet applied, in order. */
  pending: TMigrationFile[];
  /** Reasons not to touch the database (and not to start the app). */
  problems: string[];
  /** Applied migrations this code does not know (a newer release ran): warned about, allowed. */
  unknown: string[];
};

/**
 * What to do given the committed migrations and the ledger, with Prisma's rules: a row rolled back
 * (`rolled_back_at` set) does not count; an applied migration whose file changed, or a failed one
 * (started, never finished, not rolled back), stops everything. The migrator applies each migration
 * in a transaction, so it never leaves a failed row itself; `prisma migrate deploy` could have.
 */
export function planMigrations(files: TMigrationFile[], rows: TLedgerRow[]): TMigrationPlan {
  const live = rows.filter((row) => row.rolled_back_at === null || row.rolled_back_at === undefined);
  const problems: string[] = [];
  const pending: TMigrationFile[] = [];
  for (const file of files) {
    const applied = live.find((row) => row.migration_name === file.name && row.finished_at !== null && row.finished_at !== undefined);
    const failed = live.find((row) => row.migration_name === file.name && (row.finished_at === null || row.finished_at === undefined));
    if (applied) {
      if (applied.checksum !== file.checksum) {
        problems.push(
          `migration ${file.name} was changed after it was applied (checksum ${applied.checksum.slice(0, 12)}... in the database, ${file.checksum.slice(0, 12)}... in the file): restore the file and add a new migration instead`,
        );
      }
    } else if (failed) {
      problems.push(
        `migration ${file.name} failed earlier and is not rolled back: repair the database, then mark it with UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${file.name}' AND finished_at IS NULL`,
      );
    } else {
      pending.push(file);
    }
  }
  const known = new Set(files.map((file) => file.name));
  const unknown = [...new Set(live.filter((row) => !known.has(row.migration_name)).map((row) => row.migration_name))];
  return { pending, problems, unknown };
}
