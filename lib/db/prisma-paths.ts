import path from "node:path";
// Relative import: prisma.config.ts loads this file outside the app's "@/" alias.
import type { TDatabaseProvider } from "./database-provider";

/**
 * Where each provider's schema and committed migrations live, relative to the project root (the
 * working directory of every npm script). prisma/schema.prisma is the source of truth; the
 * PostgreSQL twin is generated from it by scripts/generate-postgres-schema.ts.
 */
export function prismaPaths(provider: TDatabaseProvider, root: string = process.cwd()): { schema: string; migrations: string } {
  return provider === "postgresql"
    ? { schema: path.join(root, "prisma", "postgresql", "schema.prisma"), migrations: path.join(root, "prisma", "migrations-postgresql") }
    : { schema: path.join(root, "prisma", "schema.prisma"), migrations: path.join(root, "prisma", "migrations") };
}
