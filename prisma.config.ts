import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, resolveDatabasePath } from "./lib/db/database-path";

// The schema's datasource reads DATABASE_URL; default it so a fresh clone needs no .env.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // The JS schema engine runs through the driver adapter: no engine binary is downloaded.
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const file = resolveDatabasePath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
