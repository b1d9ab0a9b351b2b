import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, disconnectPrisma, getPrisma } from "@/lib/db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-client-"));
const previousUrl = process.env.DATABASE_URL;

afterAll(async () => {
  await disconnectPrisma();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the Prisma client module", () => {
  it("creates the database directory, switches the file to WAL, sets a busy timeout and synchronous=NORMAL", async () => {
    await disconnectPrisma();
    const file = path.join(dir, "not", "yet", "there.db");
    process.env.DATABASE_URL = `file:${file}`;
    const prisma = getPrisma();
    expect(getPrisma()).toBe(prisma);
    const timeout = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(Object.values(timeout[0])[0])).toBe(BUSY_TIMEOUT_MS);
    // 1 = NORMAL: with WAL, commits skip the fsync but survive a process crash.
    const synchronous = await prisma.$queryRawUnsafe<Record<string, bigint | number>[]>("PRAGMA synchronous");
    expect(Number(Object.values(synchronous[0])[0])).toBe(1);
    expect(fs.existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });
});
