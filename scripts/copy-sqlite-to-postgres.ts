/**
 * The move from SQLite to PostgreSQL: copies every plan, session log and feed row from a SQLite
 * file into an empty PostgreSQL database, in ONE PostgreSQL transaction that commits only after
 * both sides agree on each table's row count and a SHA-256 over its rows in primary-key order
 * (values normalised: timestamps as UTC ISO text). Either everything is copied and verified, or
 * nothing is. Both databases are first brought to the current migrations by the app's migrator.
 *
 * Usage (app stopped, or at least not writing):
 *   npx tsx scripts/copy-sqlite-to-postgres.ts --from file:./data/stridelift.db --to postgresql://user@host/db
 * (--to defaults to DATABASE_URL when that is a postgresql:// URL.) See docs/deploy.md.
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabasePath } from "@/lib/db/database-path";
import { databaseProvider } from "@/lib/db/database-provider";
import { migrateDatabase } from "@/lib/db/migrate";

/** Every table with data to move, parents first. */
export const COPIED_TABLES = ["Plan", "SessionLog", "PlanFeed"] as const;
/** Tables deliberately not copied: rate-limit hits live a minute; each chain keeps its own ledger. */
export const SKIPPED_TABLES = ["RateLimitHit", "_prisma_migrations"] as const;
const BATCH_ROWS = 200;

type TColumn = { name: string; isTimestamp: boolean };
type TTable = { name: string; columns: TColumn[]; primaryKey: string[] };
export type TTableReport = { table: string; sqliteRows: number; postgresRows: number; sqliteSha256: string; postgresSha256: string };

/** A stored timestamp as UTC ISO text, whichever way it was stored (Prisma's SQLite text, epoch ms, a Date). */
function timestampText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${String(value)}`);
  return date.toISOString();
}

/** One row as canonical text: the same on both sides when the values are the same. */
export function canonicalRow(columns: TColumn[], row: Record<string, unknown>): string {
  return JSON.stringify(
    columns.map(({ name, isTimestamp }) => {
      const value = row[name];
      if (isTimestamp) return timestampText(value);
      return typeof value === "bigint" ? Number(value) : (value ?? null);
    }),
  );
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The PostgreSQL side's tables (the copy follows its columns; both sides are migrated alike). */
async function describeTables(client: pg.ClientBase): Promise<TTable[]> {
  const { rows: tables } = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
  const known = new Set<string>([...COPIED_TABLES, ...SKIPPED_TABLES]);
  const unknown = tables.map((table) => table.name).filter((name) => !known.has(name));
  // A table added to the schema must be listed above (copied or skipped on purpose), never dropped silently.
  if (unknown.length > 0) throw new Error(`tables this script does not know: ${unknown.join(", ")}: add them to COPIED_TABLES or SKIPPED_TABLES`);
  const described: TTable[] = [];
  for (const name of COPIED_TABLES) {
    const { rows: columns } = await client.query<{ name: string; type: string }>(
      "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
      [name],
    );
    const { rows: key } = await client.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
       WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
      [quoted(name)],
    );
    described.push({ name, columns: columns.map((column) => ({ name: column.name, isTimestamp: column.type.startsWith("timestamp") })), primaryKey: key.map((column) => column.name) });
  }
  return described;
}

/** SHA-256 over rows given in primary-key order (byte order on both sides: SQLite BINARY, PostgreSQL COLLATE "C"). */
function digest(rows: Iterable<string>): { count: number; sha256: string } {
  const hash = createHash("sha256");
  let count = 0;
  for (const row of rows) {
    hash.update(row).update("\n");
    count++;
  }
  return { count, sha256: hash.digest("hex") };
}

function* sqliteRows(db: Database.Database, table: TTable): Generator<Record<string, unknown>> {
  const order = table.primaryKey.map(quoted).join(", ");
  yield* db.prepare(`SELECT ${table.columns.map((column) => quoted(column.name)).join(", ")} FROM ${quoted(table.name)} ORDER BY ${order}`).iterate() as Iterable<Record<string, unknown>>;
}

async function postgresDigest(client: pg.ClientBase, table: TTable): Promise<{ count: number; sha256: string }> {
  const order = table.primaryKey.map((column) => `${quoted(column)} COLLATE "C"`).join(", ");
  // node-postgres reads a timestamp without time zone in this machine's zone; AT TIME ZONE 'UTC' makes it absolute.
  const select = table.columns.map(({ name, isTimestamp }) => (isTimestamp ? `(${quoted(name)} AT TIME ZONE 'UTC') AS ${quoted(name)}` : quoted(name))).join(", ");
  const rows: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.query(`SELECT ${select} FROM ${quoted(table.name)} ORDER BY ${order} LIMIT 1000 OFFSET ${offset}`);
    for (const row of page.rows) rows.push(canonicalRow(table.columns, row as Record<string, unknown>));
    if (page.rows.length < 1000) break;
  }
  return digest(rows);
}

async function insertBatch(client: pg.ClientBase, table: TTable, batch: Record<string, unknown>[]): Promise<void> {
  const values: unknown[] = [];
  const tuples = batch.map((row) =>
    `(${table.columns
      .map(({ name, isTimestamp }) => {
        values.push(isTimestamp ? timestampText(row[name]) : typeof row[name] === "bigint" ? Number(row[name]) : row[name]);
        // UTC text cast explicitly: a timestamp without time zone must not pick up this machine's zone.
        return isTimestamp ? `($${values.length}::timestamptz AT TIME ZONE 'UTC')` : `$${values.length}`;
      })
      .join(", ")})`,
  );
  await client.query(`INSERT INTO ${quoted(table.name)} (${table.columns.map((column) => quoted(column.name)).join(", ")}) VALUES ${tuples.join(", ")}`, values);
}

export type TCopyOptions = { from: string; to: string; log?: (line: string) => void };

/** Copies and verifies; throws (and commits nothing) when the target is not empty or a table does not match. */
export async function copySqliteToPostgres({ from, to, log = () => undefined }: TCopyOptions): Promise<TTableReport[]> {
  if (databaseProvider(from) !== "sqlite") throw new Error("--from must be a file: URL (the SQLite database)");
  if (databaseProvider(to) !== "postgresql") throw new Error("--to must be a postgresql:// URL");
  await migrateDatabase({ url: from, log });
  await migrateDatabase({ url: to, log });
  const source = new Database(resolveDatabasePath(from), { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: to, application_name: "stridelift-copy" });
  await target.connect();
  try {
    await target.query("BEGIN");
    const tables = await describeTables(target);
    for (const table of tables) {
      const { rows } = await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoted(table.name)}`);
      if (rows[0].n > 0) throw new Error(`the target already holds ${rows[0].n} rows in ${table.name}: copy into an empty (freshly migrated) database`);
    }
    const reports: TTableReport[] = [];
    for (const table of tables) {
      let batch: Record<string, unknown>[] = [];
      for (const row of sqliteRows(source, table)) {
        batch.push(row);
        if (batch.length === BATCH_ROWS) {
          await insertBatch(target, table, batch);
          batch = [];
        }
      }
      if (batch.length > 0) await insertBatch(target, table, batch);
      const sqlite = digest((function* () {
        for (const row of sqliteRows(source, table)) yield canonicalRow(table.columns, row);
      })());
      const postgres = await postgresDigest(target, table);
      const report = { table: table.name, sqliteRows: sqlite.count, postgresRows: postgres.count, sqliteSha256: sqlite.sha256, postgresSha256: postgres.sha256 };
      reports.push(report);
      log(`${table.name.padEnd(12)} ${String(sqlite.count).padStart(8)} rows -> ${String(postgres.count).padStart(8)} rows  sha256 ${sqlite.sha256.slice(0, 16)}... ${sqlite.sha256 === postgres.sha256 ? "=" : "!="} ${postgres.sha256.slice(0, 16)}...`);
      if (sqlite.count !== postgres.count || sqlite.sha256 !== postgres.sha256) throw new Error(`${table.name} does not match after the copy: nothing was committed`);
    }
    await target.query("COMMIT");
    return reports;
  } catch (error) {
    await target.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await target.end();
    source.close();
  }
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1]?.endsWith("copy-sqlite-to-postgres.ts")) {
  const from = argument("--from") ?? "file:./data/stridelift.db";
  const to = argument("--to") ?? process.env.DATABASE_URL ?? "";
  copySqliteToPostgres({ from, to, log: (line) => console.log(line) })
    .then(() => console.log("copy: every table matches (counts and SHA-256); committed"))
    .catch((error: unknown) => {
      console.error(`copy: ${(error as Error).message}`);
      process.exit(1);
    });
}
