import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/db/generated/client";
import { resolveDatabasePath } from "@/lib/db/database-path";

/** How long a writer waits for a lock held by another connection before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * WAL lets readers (GET, calendar polls) run while a plan is being written. The mode is stored
 * in the database file, so one short connection before Prisma opens its own is enough.
 */
function prepareDatabaseFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const connection = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    if (connection.pragma("journal_mode", { simple: true }) !== "wal") {
      connection.pragma("journal_mode = WAL");
    }
  } finally {
    connection.close();
  }
}

/**
 * synchronous=NORMAL is the setting SQLite recommends with WAL: a commit no longer waits for an
 * fsync, and the database stays consistent; a committed plan survives a process crash (SIGKILL)
 * and only the last commits before a power cut could be lost. It is per connection, so it is
 * set on the connection the adapter opens.
 */
class WalSqliteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = NORMAL");
    return adapter;
  }
}

/** The Prisma client on the SQLite file `url` names (`file:...`), in WAL mode. */
export function createSqliteClient(url: string): InstanceType<typeof PrismaClient> {
  const file = resolveDatabasePath(url);
  prepareDatabaseFile(file);
  const adapter = new WalSqliteAdapterFactory({ url: file, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}
