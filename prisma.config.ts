import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { DEFAULT_DATABASE_URL, resolveDatabasePath } from "./lib/db/database-path";
import { databaseProvider } from "./lib/db/database-provider";
import { prismaPaths } from "./lib/db/prisma-paths";

// The schema's datasource reads DATABASE_URL; default it so a fresh clone needs no .env.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const provider = databaseProvider(process.env.DATABASE_URL);
const { schema, migrations } = prismaPaths(provider, __dirname);

/**
 * The Prisma CLI (generate, migrate diff/status, db execute, studio) follows DATABASE_URL: the
 * SQLite schema and migrations by default, the PostgreSQL twin for a postgresql:// URL. Migrations
 * are applied by our own migrator (`npm run db:deploy`, lib/db/migrate.ts), not `prisma migrate
 * deploy`: see README, "Database".
 */
export default defineConfig({
  schema: path.relative(process.cwd(), schema),
  migrations: { path: path.relative(process.cwd(), migrations) },
  // The JS schema engine runs through the driver adapter: no engine binary is downloaded.
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    // allowExitOnIdle: a CLI command exits when done instead of waiting out the idle pool.
    if (provider === "postgresql") return new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true });
    const file = resolveDatabasePath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
