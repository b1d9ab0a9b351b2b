import { describe, expect, it } from "vitest";
import { CONNECT_TIMEOUT_MS, DEFAULT_POOL_SIZE, STATEMENT_TIMEOUT_MS, postgresPoolConfig, readPoolSize } from "@/lib/db/postgres-client";

describe("readPoolSize (DATABASE_POOL_SIZE)", () => {
  it("reads a whole number from 1 to 100", () => {
    expect(readPoolSize({ DATABASE_POOL_SIZE: "1" })).toBe(1);
    expect(readPoolSize({ DATABASE_POOL_SIZE: " 25 " })).toBe(25);
    expect(readPoolSize({ DATABASE_POOL_SIZE: "100" })).toBe(100);
  });

  it("falls back to the default when unset, zero, too large or not a whole number", () => {
    for (const value of [undefined, "", "0", "101", "-3", "2.5", "ten"]) expect(readPoolSize({ DATABASE_POOL_SIZE: value })).toBe(DEFAULT_POOL_SIZE);
  });
});

describe("postgresPoolConfig", () => {
  it("keeps the URL as given (sslmode and sslrootcert are read by node-postgres) and bounds every wait", () => {
    const url = "postgresql://app:secret@db.internal:5432/stridelift?sslmode=verify-full";
    const config = postgresPoolConfig(url, { DATABASE_POOL_SIZE: "4" });
    expect(config).toMatchObject({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      keepAlive: true,
      application_name: "stridelift",
    });
    expect(config.query_timeout).toBeGreaterThan(STATEMENT_TIMEOUT_MS);
    expect(config.idle_in_transaction_session_timeout).toBeGreaterThan(0);
  });
});
