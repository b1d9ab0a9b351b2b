import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** One committed migration: prisma/migrations[-postgresql]/<name>/migration.sql. */
export type TMigrationFile = { name: string; sql: string; checksum: string };

/**
 * Prisma's checksum of a migration: the SHA-256 (hex) of the file's bytes, as `prisma migrate
 * deploy` records it in `_prisma_migrations.checksum` (tests/integration/migrate.test.ts compares
 * the two on a database deployed by the Prisma CLI).
 */
export function migrationChecksum(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The migrations in `dir`, in name order (Prisma's order: names start with a timestamp). */
export function readMigrationFiles(dir: string): TMigrationFile[] {
  if (!fs.existsSync(dir)) throw new Error(`no migrations directory at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    });
}
