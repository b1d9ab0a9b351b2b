// Relative import: prisma.config.ts loads this file outside the app's "@/" alias.
import { DEFAULT_DATABASE_URL } from "./database-path";

export type TDatabaseProvider = "sqlite" | "postgresql";

/**
 * Which database `DATABASE_URL` names: `postgresql://` or `postgres://` is PostgreSQL (through
 * @prisma/adapter-pg); `file:` and the default are the embedded SQLite file. Anything else is a
 * configuration mistake and fails loudly rather than silently falling back to a local file.
 */
export function databaseProvider(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): TDatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got ${url.split(":")[0]}:...`);
}
