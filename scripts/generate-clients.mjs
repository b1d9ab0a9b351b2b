// `npm run db:generate` (run by postinstall and build): generates BOTH Prisma clients, whatever
// DATABASE_URL says. With the query compiler (engineType "client") a generated client is
// provider-specific: lib/db/generated (SQLite) from prisma/schema.prisma and lib/db/generated-pg
// (PostgreSQL) from its twin prisma/postgresql/schema.prisma. prisma.config.ts picks the schema by
// DATABASE_URL's provider, so each run gets a URL of its provider; generating connects to nothing.
import { spawnSync } from "node:child_process";
import path from "node:path";

const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
for (const url of ["file:./data/stridelift.db", "postgresql://127.0.0.1/generate-only"]) {
  const run = spawnSync(prisma, ["generate"], { env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
