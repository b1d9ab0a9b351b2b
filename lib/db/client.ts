import type { PrismaClient } from "@/lib/db/generated/client";
import { databaseProvider } from "@/lib/db/database-provider";
import { DEFAULT_DATABASE_URL } from "@/lib/db/database-path";
import { createPostgresClient } from "@/lib/db/postgres-client";
import { createSqliteClient } from "@/lib/db/sqlite-client";

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

const globalForPrisma = globalThis as unknown as { strideliftPrisma?: TPrismaClient };

function createPrismaClient(): TPrismaClient {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (databaseProvider(url) === "postgresql") return createPostgresClient(url) as unknown as TPrismaClient;
  return createSqliteClient(url);
}

/**
 * The one Prisma client, on SQLite or PostgreSQL as DATABASE_URL says. Created lazily so importing
 * a module never touches the disk or the network, and kept on globalThis so hot reloads in
 * `next dev` do not open a new connection (pool) per edit. Creating the SQLite client can throw
 * (the file cannot be opened); nothing is cached then, so the next request tries again. The
 * PostgreSQL pool reconnects by itself after the server comes back.
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
