/**
 * The hot reads' way to the database, beside Prisma: plain SELECTs on the driver itself. Prisma
 * 6.19's client engine turns every query, `$queryRaw` included, through its WebAssembly compiler and
 * its row mapping: 174-186 µs per plan row read on SQLite, against 5 µs for the same prepared
 * statement on better-sqlite3 (measured on this build). A calendar poll is one such read, so it was
 * a fifth of the request.
 *
 * Reads only, outside transactions (a read inside one goes through the transaction's client), and
 * never writes: on SQLite a second connection that wrote would wait for Prisma's write lock
 * synchronously, blocking the event loop the lock is waiting for.
 */
export type TRowQuery = {
  /** One SELECT with `?` placeholders; the same text on SQLite and PostgreSQL (quoted identifiers). */
  sql: string;
  params: readonly (string | number)[];
  /** Columns holding a Prisma DateTime: handed back as Dates on both databases. */
  dates?: readonly string[];
};

export type TRowReader = {
  select<TResult extends object>(query: TRowQuery): Promise<TResult[]>;
  close(): Promise<void>;
};

/** Guards the "reads only" rule before any text reaches a driver. */
export function assertSelect(sql: string): void {
  if (!/^\s*SELECT\s/i.test(sql) || sql.includes(";")) throw new Error("the row reader runs single SELECT statements only");
}
