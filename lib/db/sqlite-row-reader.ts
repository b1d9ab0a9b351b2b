import Database from "better-sqlite3";
import { assertSelect, type TRowQuery, type TRowReader } from "@/lib/db/row-reader";

/**
 * A DateTime as the SQLite adapter stores it: ISO text with an offset (`...T12:02:54.429+00:00`),
 * epoch milliseconds (its `unixepoch-ms` format) or, in rows SQLite's CURRENT_TIMESTAMP wrote,
 * `YYYY-MM-DD HH:MM:SS` in UTC. A value that is none of these throws: a row this build cannot read
 * is a regression to hear about, not a date to guess.
 */
export function parseStoredDate(value: unknown): Date {
  let date: Date;
  if (typeof value === "number" || typeof value === "bigint") date = new Date(Number(value));
  else if (typeof value === "string" && /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value)) date = new Date(`${value.replace(" ", "T")}Z`);
  else if (typeof value === "string" && /^\d{4}-\d\d-\d\dT.*(Z|[+-]\d\d:?\d\d)$/.test(value)) date = new Date(value);
  else date = new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`unreadable stored date: ${JSON.stringify(value)}`);
  return date;
}

/**
 * Reads on a connection of their own to the file Prisma writes. In WAL mode a reader never waits
 * for the writer and sees every committed write, and it never sees a transaction Prisma has open
 * (Prisma's single connection would). The connection opens on the first read and is kept only
 * once opening worked, so a file that comes back is read on the next request. Statements are
 * prepared once per text.
 */
export function createSqliteRowReader(options: { file: string; timeoutMs: number }): TRowReader {
  let connection: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  const open = () => {
    if (connection) return connection;
    const opened = new Database(options.file, { fileMustExist: true, timeout: options.timeoutMs });
    try {
      opened.pragma("query_only = ON");
    } catch (error) {
      opened.close();
      throw error;
    }
    connection = opened;
    return opened;
  };
  return {
    async select<TResult extends object>(query: TRowQuery): Promise<TResult[]> {
      const db = open();
      let statement = statements.get(query.sql);
      if (!statement) {
        assertSelect(query.sql);
        statement = db.prepare(query.sql);
        statements.set(query.sql, statement);
      }
      const rows = statement.all(...query.params) as Record<string, unknown>[];
      if (query.dates) {
        for (const row of rows) for (const column of query.dates) if (row[column] !== null && row[column] !== undefined) row[column] = parseStoredDate(row[column]);
      }
      return rows as TResult[];
    },
    async close() {
      statements.clear();
      connection?.close();
      connection = null;
    },
  };
}
