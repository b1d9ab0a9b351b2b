import type { PrismaClient } from "@/lib/db/generated/client";
import { databaseProvider } from "@/lib/db/database-provider";
import { DEFAULT_DATABASE_URL, resolveDatabasePath } from "@/lib/db/database-path";
import { createPostgresClient } from "@/lib/db/postgres-client";
import { createPostgresRowReader } from "@/lib/db/postgres-row-reader";
import type { TRowReader } from "@/lib/db/row-reader";
import { BUSY_TIMEOUT_MS, createSqliteClient } from "@/lib/db/sqlite-client";
import { createSqliteRowReader } from "@/lib/db/sqlite-row-reader";

export { BUSY_TIMEOUT_MS } from "@/lib/db/sqlite-client";

/**
 * The client type the app codes against: the SQLite client's. Both generated clients come from one
 * schema, so their model APIs are the same; where they differ, PostgreSQL's is the larger (e.g.
 * `mode: "insensitive"`, `skipDuplicates`), so code that type-checks here runs on both.
 */
export type TPrismaClient = InstanceType<typeof PrismaClient>;
/** What `getPrisma().$transaction(async (tx) => ...)` hands its callback. */
export type TTransactionClient = Parameters<Parameters<TPrismaClient["$transaction"]>[0]>[0];

/** The tables, from the client or from inside a transaction. */
export type TDatabase = Pick<TPrismaClient, "plan" | "sessionLog" | "planFeed" | "$queryRaw">;

type TConnections = { prisma: TPrismaClient; reader: TRowReader };

const globalForPrisma = globalThis as unknown as { strideliftDatabase?: TConnections };

function openConnections(): TConnections {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (databaseProvider(url) === "postgresql") {
    const { client, pool } = createPostgresClient(url);
    return { prisma: client as unknown as TPrismaClient, reader: createPostgresRowReader(pool) };
  }
  return { prisma: createSqliteClient(url), reader: createSqliteRowReader({ file: resolveDatabasePath(url), timeoutMs: BUSY_TIMEOUT_MS }) };
}

/**
 * The one Prisma client, on SQLite or PostgreSQL as DATABASE_URL says. Created lazily so importing
 * a module never touches the disk or the network, and kept on globalThis so hot reloads in
 * `next dev` do not open a new connection (pool) per edit. Creating the SQLite client can throw
 * (the file cannot be opened); nothing is cached then, so the next request tries again. The
 * PostgreSQL pool reconnects by itself after the server comes back.
 */
export function getPrisma(): TPrismaClient {
  globalForPrisma.strideliftDatabase ??= openConnections();
  return globalForPrisma.strideliftDatabase.prisma;
}

/**
 * The hot reads' driver-level reader (lib/db/row-reader.ts) on the same database as getPrisma():
 * created with it, so a database that cannot be opened fails here the same way first.
 */
export function getRowReader(): TRowReader {
  getPrisma();
  return globalForPrisma.strideliftDatabase!.reader;
}

/** Closes the client and the reader (tests and scripts); the next getPrisma() opens fresh ones. */
export async function disconnectPrisma(): Promise<void> {
  const connections = globalForPrisma.strideliftDatabase;
  globalForPrisma.strideliftDatabase = undefined;
  await connections?.prisma.$disconnect();
  await connections?.reader.close();
}

/** Runs `work` in one database transaction: every read and write in it commits together or not at all. */
export async function runInTransaction<T>(work: (db: TDatabase) => Promise<T>): Promise<T> {
  return getPrisma().$transaction((tx) => work(tx));
}
