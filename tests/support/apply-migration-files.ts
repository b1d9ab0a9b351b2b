import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Applies every prisma/migrations/<name>/migration.sql to `file` in name order (Prisma's order).
 * For throwaway databases in tests and benchmarks only: the app itself runs `prisma migrate deploy`,
 * which also records what it applied.
 */
export function applyMigrationFiles(file: string, migrationsDir = path.resolve(process.cwd(), "prisma", "migrations")): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    const names = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of names) db.exec(fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
