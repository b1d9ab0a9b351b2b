/**
 * Recognises "the database is not there right now" failures, so the API answers 503 + Retry-After
 * instead of a 500:
 * - SQLite: the file cannot be opened or created, is read-only, full or not a database, or a lock
 *   outlived the busy timeout;
 * - PostgreSQL: the server is down, unreachable, refusing connections, starting up or shutting down,
 *   out of connections, terminated our connection, or a statement/lock/pool wait timed out;
 * - both: the tables are missing (migrations not applied).
 * Nothing is cached on failure (lib/db/client.ts builds the SQLite client only once opening
 * succeeds; the PostgreSQL pool drops broken connections and opens new ones), so the next request
 * after the database is back simply works.
 */

/** SQLite result codes (better-sqlite3 `SqliteError.code`), including extended ones like SQLITE_BUSY_TIMEOUT. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|READONLY|IOERR|FULL|NOTADB|CORRUPT|PERM|PROTOCOL|NOLFS|AUTH)/;
/**
 * PostgreSQL SQLSTATEs: 08xxx connection exceptions; 53xxx insufficient resources (53300 too many
 * connections); 57P01-57P05 admin/crash shutdown, cannot connect now (starting up), database
 * dropped, idle session timeout; 57014 statement timeout; 55P03 lock timeout; 40001/40P01
 * serialization failure and deadlock (retry); 3D000 database missing, 42P01 table missing; 28xxx
 * authentication (a rotated password is an outage, not the client's fault).
 */
const POSTGRES_CODES = /^(08[0-9A-Z]{3}|53[0-9A-Z]{3}|57P0[1-5]|57014|55P03|40001|40P01|3D000|42P01|28000|28P01)$/;
/** Prisma codes for an unreachable/timed-out database, a missing table, a pool or transaction timeout, a write conflict. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1011", "P1017", "P2021", "P2024", "P2028", "P2034"]);
/** Driver adapter error kinds (Prisma wraps better-sqlite3 and pg errors in these). */
const ADAPTER_KINDS = new Set([
  "SocketTimeout",
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "TableDoesNotExist",
  "TooManyConnections",
  "TlsConnectionError",
  "TransactionWriteConflict",
]);
/** File system errors from creating the database directory or file, and network errors reaching a server. */
const SYSTEM_CODES = new Set([
  "EACCES", "EPERM", "EROFS", "ENOSPC", "ENOTDIR", "EISDIR", "EEXIST", "ENOENT", "EMFILE", "ENFILE", "EIO",
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN",
]);
const MESSAGES = new RegExp(
  [
    // SQLite
    "unable to open database file|database is locked|database table is locked|readonly database|disk I/O error|file is not a database",
    "database disk image is malformed|database or disk is full|no such table|Operation has timed out",
    "SQLITE_(BUSY|LOCKED|CANTOPEN|READONLY|IOERR|FULL|NOTADB|CORRUPT)",
    // node-postgres errors that carry no code: a dropped socket, the pool's wait, the read timeout
    "Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Query read timeout",
    // PostgreSQL's own words, should a code be lost in wrapping
    "the database system is (starting up|shutting down|in recovery mode)|sorry, too many clients|terminating connection due to administrator command",
  ].join("|"),
  "i",
);

/** Retry-After for 503s: a lock lasts at most a few busy timeouts; a restored file or server is seen at once. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

type TLoose = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown; errors?: unknown };

/** The error, its causes, Prisma's wrapped driver error and an AggregateError's members, without looping forever. */
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
    // Node reports a refused connection to a host with several addresses as an AggregateError.
    if (Array.isArray(loose.errors)) queue.push(...loose.errors.slice(0, 3));
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
      POSTGRES_CODES.test(code) ||
      POSTGRES_CODES.test(originalCode) ||
      PRISMA_CODES.has(code) ||
      ADAPTER_KINDS.has(kind) ||
      SYSTEM_CODES.has(code) ||
      MESSAGES.test(message)
    );
  });
}
