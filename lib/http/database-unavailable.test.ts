import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";

function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "SqliteError", code });
}

describe("isDatabaseUnavailable", () => {
  it("recognises SQLite open, lock, read-only and disk failures (better-sqlite3 codes)", () => {
    expect(isDatabaseUnavailable(sqliteError("SQLITE_CANTOPEN", "unable to open database file"))).toBe(true);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_BUSY", "database is locked"))).toBe(true);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_BUSY_TIMEOUT", "database is locked"))).toBe(true);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_READONLY", "attempt to write a readonly database"))).toBe(true);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_IOERR_WRITE", "disk I/O error"))).toBe(true);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_NOTADB", "file is not a database"))).toBe(true);
  });

  it("recognises Prisma's wrapping: P1008 timeout (SQLITE_BUSY), missing table, adapter error in meta", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Operation has timed out"), { code: "P1008" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("The table `main.Plan` does not exist"), { code: "P2021" }))).toBe(true);
    const wrapped = Object.assign(new Error("x"), {
      code: "P9999",
      meta: { driverAdapterError: { cause: { kind: "SocketTimeout", originalCode: "SQLITE_BUSY" } } },
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new Error("outer", { cause: sqliteError("SQLITE_CANTOPEN", "unable to open database file") }))).toBe(true);
  });

  it("recognises file-system failures creating the database directory", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("ENOTDIR: not a directory, mkdir '/x/y'"), { code: "ENOTDIR" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }))).toBe(true);
  });

  it("leaves ordinary bugs and other errors alone (they stay 500s)", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'races')"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed: Plan.id"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("database")).toBe(false);
    const loop: { message: string; cause?: unknown } = { message: "loop" };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
