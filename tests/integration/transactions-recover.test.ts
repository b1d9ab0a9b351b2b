/**
 * A transaction whose end fails must not take a pooled connection with it (lib/db/pool-safe-pg-adapter.ts):
 * after more such failures than the pool has connections, the app still gets connections.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma, type TTransactionClient } from "@/lib/db/client";
import { setUpTempDatabase } from "./temp-database";

const database = setUpTempDatabase();
const POOL = 2;

/** Fails instead of hanging when the pool has no connection left to give. */
async function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${seconds} s: the pool lost its connections`)), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe.runIf(database.provider === "postgresql")("transactions that end badly give their connection back (PostgreSQL)", () => {
  beforeAll(() => {
    // Read when the client is first created, after setUpTempDatabase's beforeAll.
    process.env.DATABASE_POOL_SIZE = String(POOL);
    return () => {
      delete process.env.DATABASE_POOL_SIZE;
    };
  });

  it("the connection dies inside an interactive transaction (ROLLBACK cannot be sent), three times the pool size", async () => {
    for (let i = 0; i < POOL * 3; i++) {
      await expect(
        getPrisma().$transaction(async (tx: TTransactionClient) => {
          await tx.$executeRaw`SELECT pg_terminate_backend(pg_backend_pid())`;
        }),
      ).rejects.toThrow();
    }
    expect(await withinSeconds(3, getPrisma().plan.count())).toBe(0);
  });

  it("the connection dies inside a batch transaction", async () => {
    for (let i = 0; i < POOL * 3; i++) {
      await expect(getPrisma().$transaction([getPrisma().$executeRaw`SELECT pg_terminate_backend(pg_backend_pid())`, getPrisma().plan.count()])).rejects.toThrow();
    }
    expect(await withinSeconds(3, getPrisma().plan.count())).toBe(0);
  });

  it("COMMIT itself fails (a deferred unique constraint), three times the pool size", async () => {
    for (let i = 0; i < POOL * 3; i++) {
      await expect(
        getPrisma().$transaction(async (tx: TTransactionClient) => {
          await tx.$executeRawUnsafe("CREATE TEMP TABLE IF NOT EXISTS once (x int UNIQUE DEFERRABLE INITIALLY DEFERRED)");
          await tx.$executeRawUnsafe("INSERT INTO once VALUES (1), (1)");
        }),
      ).rejects.toThrow(/23505|unique/i);
    }
    expect(await withinSeconds(3, getPrisma().plan.count())).toBe(0);
  });
});
