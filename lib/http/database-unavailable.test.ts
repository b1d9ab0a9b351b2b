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

  it("recognises PostgreSQL outages as Prisma reports them through @prisma/adapter-pg (shapes seen on PostgreSQL 15)", () => {
    const prismaError = (code: string, cause: Record<string, unknown>) =>
      Object.assign(new Error("Invalid `prisma.plan.count()` invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });
    // Server stopped: the pool cannot connect.
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    // pg_ctl stop -m fast / pg_terminate_backend during a query.
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
    // Starting up, too many clients, statement timeout, lock timeout, deadlock.
    for (const code of ["57P03", "53300", "57014", "55P03", "40P01", "08006"]) {
      expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", code, originalCode: code })), code).toBe(true);
    }
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "TooManyConnections", originalCode: "53300" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "TableDoesNotExist", originalCode: "42P01", table: "Plan" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2024", {}))).toBe(true);
  });

  it("recognises node-postgres errors that reach us unwrapped (the rate limiter's raw queries, the pool)", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect" }))).toBe(true);
    const aggregate = Object.assign(new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })], ""), {});
    expect(isDatabaseUnavailable(aggregate)).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" }))).toBe(true);
  });

  it("leaves ordinary bugs and other errors alone (they stay 500s)", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'races')"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(sqliteError("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed: Plan.id"))).toBe(false);
    const pgBug = (code: string) => Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code, originalCode: code } } } });
    // Unique violation, syntax error, bad input for a type: our bugs, not an outage.
    for (const code of ["23505", "42601", "22P02"]) expect(isDatabaseUnavailable(pgBug(code)), code).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("database")).toBe(false);
    const loop: { message: string; cause?: unknown } = { message: "loop" };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
