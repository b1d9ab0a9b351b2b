import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";
import { setUpTempDatabase } from "@/tests/integration/temp-database";
import { jsonRequest, validInput } from "@/tests/integration/requests";

const database = setUpTempDatabase();

function countRows(): number {
  const db = new Database(database.file(), { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM Plan").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const create = (ip: string, body: unknown = validInput()) => createRoute(jsonRequest("POST", "/api/plans", body, { "x-forwarded-for": `${ip}, 10.0.0.1` }));

describe("POST /api/plans rate limit (RATE_LIMIT_CREATE_PER_MINUTE)", () => {
  // setUpTempDatabase disables the limit for the other integration tests; this file sets its own.
  beforeAll(() => {
    process.env.RATE_LIMIT_CREATE_PER_MINUTE = "3";
    resetCreateRateLimiter();
  });
  afterAll(() => {
    process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
    resetCreateRateLimiter();
  });

  it("allows the limit per client, then answers 429 JSON with Retry-After and stores nothing", async () => {
    for (let i = 0; i < 3; i++) expect((await create("203.0.113.10")).status).toBe(201);
    const rows = countRows();
    const refused = await create("203.0.113.10");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/try again/i);
    expect(countRows()).toBe(rows);
  });

  it("counts attempts, not successes: invalid bodies use up the allowance too", async () => {
    for (let i = 0; i < 3; i++) expect((await create("203.0.113.20", { races: [] })).status).toBe(422);
    expect((await create("203.0.113.20")).status).toBe(429);
  });

  it("keeps clients apart (keyed by the first X-Forwarded-For address)", async () => {
    expect((await create("203.0.113.30")).status).toBe(201);
  });

  it("0 disables the limit", async () => {
    process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
    resetCreateRateLimiter();
    for (let i = 0; i < 6; i++) expect((await create("203.0.113.10")).status).toBe(201);
  });
});
