/**
 * Recognises "the database is not there right now" failures: the SQLite file cannot be opened or
 * created, is read-only, full or not a database, its tables are missing (migrations not applied), or
 * a lock outlived the busy timeout. The API answers those with 503 + Retry-After instead of a 500,
 * and nothing is cached on failure (lib/db/client.ts builds the client only once opening succeeds),
 * so the next request after the database is back simply works.
 */

/** SQLite result codes (better-sqlite3 `SqliteError.code`), including extended ones like SQLITE_BUSY_TIMEOUT. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|READONLY|IOERR|FULL|NOTADB|CORRUPT|PERM|PROTOCOL|NOLFS|AUTH)/;
/** Prisma codes for an unreachable/timed-out database or a missing table. */
const PRISMA_CODES = new Set(["P1001", "P1003", "P1008", "P1017", "P2021", "P2024"]);
/** Driver adapter error kinds (Prisma wraps better-sqlite3 errors in these). */
const ADAPTER_KINDS = new Set(["SocketTimeout", "DatabaseNotReachable", "DatabaseDoesNotExist", "DatabaseAccessDenied", "ConnectionClosed", "TableDoesNotExist", "TooManyConnections"]);
/** File system errors from creating the database directory or file. */
const FS_CODES = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "ENOTDIR", "EISDIR", "EEXIST", "ENOENT", "EMFILE", "ENFILE", "EIO"]);
const MESSAGES =
  /unable to open database file|database is locked|database table is locked|readonly database|disk I\/O error|file is not a database|database disk image is malformed|database or disk is full|no such table|Operation has timed out|SQLITE_(BUSY|LOCKED|CANTOPEN|READONLY|IOERR|FULL|NOTADB|CORRUPT)/i;

/** Retry-After for 503s: a lock lasts at most a few busy timeouts; a restored file is seen at once. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

type TLoose = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

/** The error, its causes and Prisma's wrapped driver error, without looping forever. */
function chain(thrown: unknown): TLoose[] {
  const seen = new Set<unknown>();
  const queue: unknown[] = [thrown];
  const found: TLoose[] = [];
  while (queue.length > 0 && found.length < 10) {
    const item = queue.shift();
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const loose = item as TLoose;
    found.push(loose);
    queue.push(loose.cause);
    const meta = loose.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === "object") queue.push(meta.driverAdapterError);
  }
  return found;
}

export function isDatabaseUnavailable(thrown: unknown): boolean {
  return chain(thrown).some((error) => {
    const code = typeof error.code === "string" ? error.code : "";
    const originalCode = typeof error.originalCode === "string" ? error.originalCode : "";
    const kind = typeof error.kind === "string" ? error.kind : "";
    const message = typeof error.message === "string" ? error.message : "";
    return (
      SQLITE_CODES.test(code) ||
      SQLITE_CODES.test(originalCode) ||
      PRISMA_CODES.has(code) ||
      ADAPTER_KINDS.has(kind) ||
      FS_CODES.has(code) ||
      MESSAGES.test(message)
    );
  });
}
