import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSqliteRowReader, parseStoredDate } from "./sqlite-row-reader";

describe("parseStoredDate", () => {
  it("reads the adapter's ISO text with an offset, and Z", () => {
    expect(parseStoredDate("2026-12-05T12:02:54.429+00:00").toISOString()).toBe("2026-12-05T12:02:54.429Z");
    expect(parseStoredDate("2026-12-05T13:02:54.429+01:00").toISOString()).toBe("2026-12-05T12:02:54.429Z");
    expect(parseStoredDate("2026-12-05T12:02:54.429Z").toISOString()).toBe("2026-12-05T12:02:54.429Z");
  });

  it("reads epoch milliseconds (the adapter's unixepoch-ms format)", () => {
    expect(parseStoredDate(1796472174429).toISOString()).toBe(new Date(1796472174429).toISOString());
  });

  it("reads CURRENT_TIMESTAMP's text as UTC whatever the process's time zone", () => {
    expect(parseStoredDate("2026-11-21 00:00:00").toISOString()).toBe("2026-11-21T00:00:00.000Z");
    expect(parseStoredDate("2026-11-21 23:59:59.5").toISOString()).toBe("2026-11-21T23:59:59.500Z");
  });

  it("refuses a value that is no stored date instead of guessing", () => {
    for (const value of ["yesterday", "2026-12-05", "2026-13-45T99:00:00Z", "", null, {}]) expect(() => parseStoredDate(value)).toThrow(/unreadable stored date/);
  });
});

describe("createSqliteRowReader", () => {
  let dir = "";
  let file = "";
  let writer: Database.Database;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-reader-"));
    file = path.join(dir, "t.db");
    writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec(`CREATE TABLE "Plan" ("id" TEXT PRIMARY KEY, "n" INTEGER, "updatedAt" DATETIME)`);
    writer.prepare(`INSERT INTO "Plan" VALUES (?, ?, ?)`).run("a", 1, "2026-12-05T12:00:00.000+00:00");
  });

  afterEach(() => {
    writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("hands back rows with the named DateTime columns as Dates", async () => {
    const reader = createSqliteRowReader({ file, timeoutMs: 100 });
    const rows = await reader.select<{ id: string; n: number; updatedAt: Date }>({ sql: `SELECT * FROM "Plan" WHERE "id" = ?`, params: ["a"], dates: ["updatedAt"] });
    expect(rows).toEqual([{ id: "a", n: 1, updatedAt: new Date("2026-12-05T12:00:00.000Z") }]);
    await reader.close();
  });

  it("sees every write another connection committed after it opened, and none still in an open transaction", async () => {
    const reader = createSqliteRowReader({ file, timeoutMs: 100 });
    const count = async () => (await reader.select<{ c: number }>({ sql: `SELECT count(*) AS c FROM "Plan"`, params: [] }))[0].c;
    expect(await count()).toBe(1);
    writer.prepare(`INSERT INTO "Plan" VALUES (?, ?, ?)`).run("b", 2, null);
    expect(await count()).toBe(2);
    writer.exec("BEGIN IMMEDIATE");
    writer.prepare(`INSERT INTO "Plan" VALUES (?, ?, ?)`).run("c", 3, null);
    // A WAL reader does not wait for the writer's lock either.
    expect(await count()).toBe(2);
    writer.exec("COMMIT");
    expect(await count()).toBe(3);
    await reader.close();
  });

  it("runs single SELECTs only: a write or a second statement is refused and changes nothing", async () => {
    const reader = createSqliteRowReader({ file, timeoutMs: 100 });
    for (const sql of [`DELETE FROM "Plan"`, `SELECT 1; DELETE FROM "Plan"`, `  insert into "Plan" values ('x', 0, null)`, `PRAGMA query_only = OFF`]) {
      await expect(reader.select({ sql, params: [] })).rejects.toThrow(/single SELECT/);
    }
    // Its connection is query-only as well, whatever text reaches it.
    await expect(reader.select({ sql: `SELECT "query_only" FROM pragma_query_only`, params: [] })).resolves.toEqual([{ query_only: 1 }]);
    expect(writer.prepare(`SELECT count(*) AS c FROM "Plan"`).get()).toEqual({ c: 1 });
    await reader.close();
  });

  it("does not keep a failed open: a file that appears later is read on the next call", async () => {
    const later = path.join(dir, "later.db");
    const reader = createSqliteRowReader({ file: later, timeoutMs: 100 });
    await expect(reader.select({ sql: `SELECT 1 AS one`, params: [] })).rejects.toMatchObject({ code: "SQLITE_CANTOPEN" });
    new Database(later).close();
    await expect(reader.select({ sql: `SELECT 1 AS one`, params: [] })).resolves.toEqual([{ one: 1 }]);
    await reader.close();
  });

  it("reopens after close", async () => {
    const reader = createSqliteRowReader({ file, timeoutMs: 100 });
    await reader.select({ sql: `SELECT 1 AS one`, params: [] });
    await reader.close();
    await expect(reader.select({ sql: `SELECT "id" FROM "Plan"`, params: [] })).resolves.toEqual([{ id: "a" }]);
    await reader.close();
  });
});
