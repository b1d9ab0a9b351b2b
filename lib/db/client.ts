import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/db/generated/client";
import { resolveDatabasePath } from "@/lib/db/database-path";

/** How long a writer waits for a lock held by another connection before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

type TPrismaClient = InstanceType<typeof PrismaClient>;

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

function createPrismaClient(): TPrismaClient {
  const file = resolveDatabasePath();
  prepareDatabaseFile(file);
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
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
