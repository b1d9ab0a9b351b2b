/**
 * A fresh SQLite file per test file with the committed migrations applied, so the integration
 * tests run against the real schema. The Prisma client is lazy and reads DATABASE_URL when first
 * used, so setting it in beforeAll is early enough.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { applyMigrationFiles } from "@/tests/support/apply-migration-files";
import { disconnectPrisma } from "@/lib/db/client";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";

const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/migrations");

/** Registers hooks giving the calling test file its own migrated database; returns its path. */
export function setUpTempDatabase(): { file: () => string } {
  let dir = "";
  let file = "";
  let previousUrl: string | undefined;
  let previousLimit: string | undefined;
  beforeAll(async () => {
    // These tests create many plans from one (address-less) client: no creation limit here;
    // tests/security/rate-limit-route.test.ts covers the limiter through the route.
    previousLimit = process.env.RATE_LIMIT_CREATE_PER_MINUTE;
    process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
    resetCreateRateLimiter();
    await disconnectPrisma();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-test-"));
    file = path.join(dir, "test.db");
    applyMigrationFiles(file, MIGRATIONS_DIR);
    previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${file}`;
  });
  afterAll(async () => {
    await disconnectPrisma();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    if (previousLimit === undefined) delete process.env.RATE_LIMIT_CREATE_PER_MINUTE;
    else process.env.RATE_LIMIT_CREATE_PER_MINUTE = previousLimit;
    resetCreateRateLimiter();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { file: () => file };
}
