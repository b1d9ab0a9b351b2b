import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { disconnectPrisma } from "@/lib/db/client";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";
import { createPostgresRateLimiter } from "@/lib/http/rate-limit-postgres";
import { setUpTempDatabase } from "@/tests/integration/temp-database";
import { jsonRequest, validInput } from "@/tests/integration/requests";

const database = setUpTempDatabase();

async function countRows(table = "Plan"): Promise<number> {
  const [row] = await database.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "${table}"`);
  return Number(row.n);
}

const create = (ip: string, body: unknown = validInput()) => createRoute(jsonRequest("POST", "/api/plans", body, { "x-forwarded-for": `${ip}, 10.0.0.1` }));

function useLimit(limit: number): void {
  process.env.RATE_LIMIT_CREATE_PER_MINUTE = String(limit);
  resetCreateRateLimiter();
}

describe(`POST /api/plans rate limit (RATE_LIMIT_CREATE_PER_MINUTE) on ${database.provider}`, () => {
  // setUpTempDatabase disables the limit for the other integration tests; this file sets its own.
  beforeAll(() => useLimit(3));
  afterAll(() => useLimit(0));

  it("allows the limit per client, then answers 429 JSON with Retry-After and stores nothing", async () => {
    for (let i = 0; i < 3; i++) expect((await create("203.0.113.10")).status).toBe(201);
    const rows = await countRows();
    const refused = await create("203.0.113.10");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/try again/i);
    expect(await countRows()).toBe(rows);
  });

  it("counts attempts, not successes: invalid bodies use up the allowance too", async () => {
    for (let i = 0; i < 3; i++) expect((await create("203.0.113.20", { races: [] })).status).toBe(422);
    expect((await create("203.0.113.20")).status).toBe(429);
  });

  it("keeps clients apart (keyed by the first X-Forwarded-For address)", async () => {
    expect((await create("203.0.113.30")).status).toBe(201);
  });

  it("concurrent creates from one client: exactly the limit get through, the rest 429", async () => {
    useLimit(5);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => create("203.0.113.40").then((response) => response.status)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  it("concurrent creates at limit - 1 used: exactly one more gets through", async () => {
    useLimit(4);
    for (let i = 0; i < 3; i++) expect((await create("203.0.113.50")).status).toBe(201);
    const statuses = await Promise.all(Array.from({ length: 8 }, () => create("203.0.113.50").then((response) => response.status)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
  });

  it("0 disables the limit", async () => {
    useLimit(0);
    for (let i = 0; i < 6; i++) expect((await create("203.0.113.10")).status).toBe(201);
  });
});

describe.runIf(database.provider === "postgresql")("the PostgreSQL store: one window for every instance", () => {
  beforeEach(async () => {
    await database.query('DELETE FROM "RateLimitHit"');
  });

  it("two limiters (two app instances) on one database share each client's window, also under concurrency", async () => {
    const first = createPostgresRateLimiter({ limit: 6 });
    const second = createPostgresRateLimiter({ limit: 6 });
    const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? first : second).check("198.51.100.1")));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(6);
    const refused = decisions.find((decision) => !decision.allowed);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await countRows("RateLimitHit")).toBe(6);
    expect((await first.check("198.51.100.2")).allowed).toBe(true);
  });

  it("the count survives a restart (new client, new limiter)", async () => {
    useLimit(2);
    expect((await create("198.51.100.3")).status).toBe(201);
    expect((await create("198.51.100.3")).status).toBe(201);
    await disconnectPrisma();
    resetCreateRateLimiter();
    expect((await create("198.51.100.3")).status).toBe(429);
    useLimit(0);
  });

  it("a slot frees once the oldest attempt leaves the window, and old rows are swept", async () => {
    const limiter = createPostgresRateLimiter({ limit: 1, windowMs: 1_000 });
    expect((await limiter.check("198.51.100.4")).allowed).toBe(true);
    const refused = await limiter.check("198.51.100.4");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // This check also runs the sweep (the first check in a window does), which deletes the old row.
    const fresh = createPostgresRateLimiter({ limit: 1, windowMs: 1_000 });
    expect((await fresh.check("198.51.100.4")).allowed).toBe(true);
    const rows = await database.query<{ key: string }>('SELECT "key" FROM "RateLimitHit"');
    expect(rows).toEqual([{ key: "198.51.100.4" }]);
  });
});
