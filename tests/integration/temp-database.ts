/**
 * A fresh SQLite file per test file with the committed migrations applied, so the integration
 * tests run against the real schema. The Prisma client is lazy and reads DATABASE_URL when first
 * used, so setting it in beforeAll is early enough.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { applyMigrationFiles } from "@/lib/db/apply-migration-files";
import { disconnectPrisma } from "@/lib/db/client";

const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/migrations");

/** Registers hooks giving the calling test file its own migrated database; returns its path. */
export function setUpTempDatabase(): { file: () => string } {
  let dir = "";
  let file = "";
  let previousUrl: string | undefined;
  beforeAll(async () => {
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
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { file: () => file };
}
