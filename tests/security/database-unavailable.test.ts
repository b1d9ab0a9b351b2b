/**
 * 503 instead of a crash when the SQLite file cannot be opened or stays locked past the busy
 * timeout, and recovery as soon as it is usable again. (Tests run as root in CI, so "unwritable"
 * is simulated with paths SQLite cannot open rather than with file permissions.) The PostgreSQL
 * counterpart is database-unavailable-postgres.test.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPlan } from "@/app/api/plans/[id]/route";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET as getIcs } from "@/app/api/plans/[id]/calendar.ics/route";
import { disconnectPrisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";
import { bareRequest, context, jsonRequest, validInput } from "@/tests/integration/requests";
import { migrationsDir, testProvider } from "@/tests/integration/empty-database";
import { expect503 } from "./expect-503";

const SOME_ID = "AAAAAAAAAAAAAAAAAAAAAA";
let dir = "";
let previousUrl: string | undefined;

async function migrate(file: string): Promise<void> {
  await migrateDatabase({ url: `file:${file}`, migrationsDir: migrationsDir("sqlite") });
}

async function useDatabase(file: string): Promise<void> {
  await disconnectPrisma();
  process.env.DATABASE_URL = `file:${file}`;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-503-"));
  previousUrl = process.env.DATABASE_URL;
  process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
  resetCreateRateLimiter();
});

afterAll(async () => {
  await disconnectPrisma();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  delete process.env.RATE_LIMIT_CREATE_PER_MINUTE;
  resetCreateRateLimiter();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.runIf(testProvider() === "sqlite")("SQLite unavailable -> 503 database_unavailable, then recovery", () => {
  it("a database path SQLite cannot open (a directory) gives 503 on every route, and works once the file is there", async () => {
    const file = path.join(dir, "blocked.db");
    fs.mkdirSync(file);
    await useDatabase(file);
    await expect503(await createRoute(jsonRequest("POST", "/api/plans", validInput())));
    await expect503(await getPlan(bareRequest("GET", `/api/plans/${SOME_ID}`), context({ id: SOME_ID })));
    await expect503(await getIcs(bareRequest("GET", `/api/plans/${SOME_ID}/calendar.ics`), context({ id: SOME_ID })));

    // The file comes back (e.g. the volume is mounted again): no restart needed.
    fs.rmdirSync(file);
    await migrate(file);
    const created = await createRoute(jsonRequest("POST", "/api/plans", validInput()));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await getPlan(bareRequest("GET", `/api/plans/${id}`), context({ id }))).status).toBe(200);
  });

  it("a database directory that cannot be created (its parent is a file) gives 503", async () => {
    const blocker = path.join(dir, "not-a-dir");
    fs.writeFileSync(blocker, "x");
    await useDatabase(path.join(blocker, "plans.db"));
    await expect503(await createRoute(jsonRequest("POST", "/api/plans", validInput())));
  });

  it("a file that is not a SQLite database gives 503", async () => {
    const file = path.join(dir, "garbage.db");
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    await useDatabase(file);
    await expect503(await getPlan(bareRequest("GET", `/api/plans/${SOME_ID}`), context({ id: SOME_ID })));
  });

  it("an unmigrated database (no Plan table) gives 503, and works after migrations", async () => {
    const file = path.join(dir, "empty.db");
    await useDatabase(file);
    await expect503(await createRoute(jsonRequest("POST", "/api/plans", validInput())));
    await migrate(file);
    expect((await createRoute(jsonRequest("POST", "/api/plans", validInput()))).status).toBe(201);
  });

  it("a write lock held longer than the busy timeout gives 503; writes work again once it is released", async () => {
    const file = path.join(dir, "locked.db");
    await migrate(file);
    await useDatabase(file);
    expect((await createRoute(jsonRequest("POST", "/api/plans", validInput()))).status).toBe(201);
    const holder = new Database(file);
    try {
      holder.exec("BEGIN EXCLUSIVE");
      await expect503(await createRoute(jsonRequest("POST", "/api/plans", validInput())));
      holder.exec("ROLLBACK");
    } finally {
      holder.close();
    }
    expect((await createRoute(jsonRequest("POST", "/api/plans", validInput()))).status).toBe(201);
    const db = new Database(file, { readonly: true });
    expect((db.prepare("SELECT COUNT(*) AS n FROM Plan").get() as { n: number }).n).toBe(2);
    db.close();
  });
});
