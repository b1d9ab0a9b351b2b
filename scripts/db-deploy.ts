/**
 * `npm run db:deploy` (and the first step of `npm start` / `npm run dev`): applies the committed
 * migrations of the database DATABASE_URL names (lib/db/migrate.ts). Prints nothing when the
 * database is up to date; exits 1, so the app does not start, when it cannot migrate.
 *
 * A PostgreSQL server that is still starting (a deploy bringing up the database and the app
 * together) is waited for up to DATABASE_WAIT_SECONDS (default 30).
 */
import { databaseProvider } from "@/lib/db/database-provider";
import { migrateDatabase } from "@/lib/db/migrate";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";

async function main(): Promise<void> {
  // Only a server can be "not up yet"; a SQLite path that cannot be opened is a mistake to report at once.
  const waitMs = databaseProvider(process.env.DIRECT_DATABASE_URL ?? process.env.DATABASE_URL) === "postgresql" ? Number(process.env.DATABASE_WAIT_SECONDS ?? 30) * 1000 : 0;
  const deadline = Date.now() + waitMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateDatabase({ log: (line) => console.log(line) });
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= deadline) throw error;
      if (attempt === 1) console.log(`database: not reachable yet (${(error as Error).message}); retrying for up to ${waitMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

main().catch((error: unknown) => {
  console.error(`database: ${(error as Error).message}`);
  process.exit(1);
});
