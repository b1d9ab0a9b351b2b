import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/db/generated/client";
import { resolveDatabasePath } from "@/lib/db/database-path";

/** How long a writer waits for a lock held by another connection before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

type TPrismaClient = InstanceType<typeof PrismaClient>;

/** The tables, from the client or from inside a transaction. */
export type TDatabase = Pick<TPrismaClient, "plan" | "sessionLog" | "planFeed">;

const globalForPrisma = globalThis as unknown as { strideliftPrisma?: TPrismaClient };

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

function createPrismaClient(): TPrismaClient {
  const file = resolveDatabasePath();
  prepareDatabaseFile(file);
  const adapter = new WalSqliteAdapterFactory({ url: file, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

/**
 * The one Prisma client. Created lazily so importing a module never touches the disk, and kept
 * on globalThis so hot reloads in `next dev` do not open a new connection per edit.
 */
export function getPrisma(): TPrismaClient {
  globalForPrisma.strideliftPrisma ??= createPrismaClient();
  return globalForPrisma.strideliftPrisma;
}

/** Closes the client (tests and scripts); the next getPrisma() opens a fresh one. */
export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.strideliftPrisma;
  globalForPrisma.strideliftPrisma = undefined;
  await client?.$disconnect();
}

/** Runs `work` in one database transaction: every read and write in it commits together or not at all. */
export async function runInTransaction<T>(work: (db: TDatabase) => Promise<T>): Promise<T> {
  return getPrisma().$transaction((tx) => work(tx));
}
