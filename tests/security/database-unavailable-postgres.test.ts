/**
 * 503 with Retry-After, never a 500, when PostgreSQL is down, unreachable, refusing connections,
 * out of connections, killing ours or too slow; and recovery without a restart once it is back.
 * Runs on a cluster of its own (it stops and starts it), in the PostgreSQL run of the suite
 * (`npm run test:integration:pg`). The SQLite counterpart is database-unavailable.test.ts.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getIcs } from "@/app/api/plans/[id]/calendar.ics/route";
import { GET as getPlan } from "@/app/api/plans/[id]/route";
import { POST as createRoute } from "@/app/api/plans/route";
import { disconnectPrisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";
import { startPgCluster, type TPgCluster } from "@/scripts/pg-test-cluster";
import { findFreePort } from "@/tests/load/production-server";
import { migrationsDir, testProvider } from "@/tests/integration/empty-database";
import { bareRequest, context, jsonRequest, validInput } from "@/tests/integration/requests";
import { expect503 } from "./expect-503";

const SOME_ID = "AAAAAAAAAAAAAAAAAAAAAA";
const CLIENT = "192.0.2.77";
let cluster: TPgCluster;
let appUrl = "";
let adminUrl = "";
const saved: Record<string, string | undefined> = {};

async function admin<T extends pg.QueryResultRow>(sql: string, url = adminUrl): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function useDatabase(url: string, env: Record<string, string> = {}): Promise<void> {
  await disconnectPrisma();
  process.env.DATABASE_URL = url;
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
  resetCreateRateLimiter();
}

const create = () => createRoute(jsonRequest("POST", "/api/plans", validInput(), { "x-forwarded-for": CLIENT }));

async function expectWorking(): Promise<string> {
  const created = await create();
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await getPlan(bareRequest("GET", `/api/plans/${id}`), context({ id }))).status).toBe(200);
  expect((await getIcs(bareRequest("GET", `/api/plans/${id}/calendar.ics`), context({ id }))).status).toBe(200);
  return id;
}

describe.runIf(testProvider() === "postgresql")("PostgreSQL unavailable -> 503 database_unavailable, then recovery", () => {
  beforeAll(async () => {
    for (const key of ["DATABASE_URL", "RATE_LIMIT_CREATE_PER_MINUTE", "DATABASE_POOL_SIZE"]) saved[key] = process.env[key];
    cluster = await startPgCluster();
    adminUrl = cluster.url;
    // The app connects as an ordinary role (as in production): role limits apply to it.
    await admin("CREATE ROLE stridelift_app LOGIN CONNECTION LIMIT 3");
    await admin("CREATE DATABASE stridelift OWNER stridelift_app");
    appUrl = `postgresql://stridelift_app@127.0.0.1:${cluster.port}/stridelift`;
    await migrateDatabase({ url: appUrl, migrationsDir: migrationsDir("postgresql") });
    // The limiter's per-client lock gives the tests a way to hold a request inside the database.
    await useDatabase(appUrl, { RATE_LIMIT_CREATE_PER_MINUTE: "1000", DATABASE_POOL_SIZE: "2" });
  }, 60_000);

  afterAll(async () => {
    await disconnectPrisma();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetCreateRateLimiter();
    cluster?.destroy();
  });

  it("the server stopped (pg_ctl stop -m fast): every route answers 503; started again: the same process works", async () => {
    await expectWorking();
    cluster.stop();
    await expect503(await create());
    await expect503(await getPlan(bareRequest("GET", `/api/plans/${SOME_ID}`), context({ id: SOME_ID })));
    await expect503(await getIcs(bareRequest("GET", `/api/plans/${SOME_ID}/calendar.ics`), context({ id: SOME_ID })));
    cluster.start();
    await expectWorking();
  }, 60_000);

  it("a request inside the database when its connection is terminated (57P01) gets 503; the next one works", async () => {
    await expectWorking();
    const holder = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, "/stridelift") });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock(1398035020, hashtext($1))", [CLIENT]);
      const waiting = create();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'stridelift_app'");
      await expect503(await waiting);
      await holder.query("ROLLBACK");
    } finally {
      await holder.end();
    }
    await expectWorking();
  }, 30_000);

  it("a statement stuck past the 5 s statement timeout (57014) gets 503", async () => {
    const holder = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, "/stridelift") });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock(1398035020, hashtext($1))", [CLIENT]);
      await expect503(await create());
      await holder.query("ROLLBACK");
    } finally {
      await holder.end();
    }
    await expectWorking();
  }, 30_000);

  it("too many connections for the role (53300) gets 503; once connections free up it works", async () => {
    await disconnectPrisma();
    const hogs = Array.from({ length: 3 }, () => new pg.Client({ connectionString: appUrl }));
    for (const hog of hogs) await hog.connect();
    try {
      await expect503(await create());
    } finally {
      for (const hog of hogs) await hog.end();
    }
    await expectWorking();
  }, 30_000);

  it("no server listening on the port (ECONNREFUSED) gets 503", async () => {
    await useDatabase(`postgresql://stridelift_app@127.0.0.1:${await findFreePort()}/stridelift`);
    await expect503(await create());
    await expect503(await getPlan(bareRequest("GET", `/api/plans/${SOME_ID}`), context({ id: SOME_ID })));
    await useDatabase(appUrl);
  });

  it("a database that does not exist (3D000) or is not migrated (42P01) gets 503, and works once migrated", async () => {
    await useDatabase(`postgresql://stridelift_app@127.0.0.1:${cluster.port}/no_such_database`);
    await expect503(await create());
    await admin("CREATE DATABASE stridelift_empty OWNER stridelift_app");
    const emptyUrl = `postgresql://stridelift_app@127.0.0.1:${cluster.port}/stridelift_empty`;
    await useDatabase(emptyUrl);
    await expect503(await create());
    await expect503(await getPlan(bareRequest("GET", `/api/plans/${SOME_ID}`), context({ id: SOME_ID })));
    await migrateDatabase({ url: emptyUrl, migrationsDir: migrationsDir("postgresql") });
    await expectWorking();
    await useDatabase(appUrl);
  });
});
