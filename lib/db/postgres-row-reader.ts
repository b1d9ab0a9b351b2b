import pg from "pg";
import { assertSelect, type TRowQuery, type TRowReader } from "@/lib/db/row-reader";

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * Prisma stores a DateTime as `timestamp(3)` holding UTC; node-postgres would read that type as
 * local time (wrong in every zone but UTC), so this query's parser reads it as UTC.
 */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE && format !== "binary"
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format ?? "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (no query here has a `?` inside a literal). */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/**
 * Reads through the pool Prisma's adapter uses (so the instance's connection budget stays
 * DATABASE_POOL_SIZE). `pool.query` returns its connection, or discards it on an error. `close`
 * ends the pool, after Prisma has let go of it.
 */
export function createPostgresRowReader(pool: pg.Pool): TRowReader {
  const texts = new Map<string, string>();
  return {
    async select<TResult extends object>(query: TRowQuery): Promise<TResult[]> {
      let text = texts.get(query.sql);
      if (text === undefined) {
        assertSelect(query.sql);
        text = numbered(query.sql);
        texts.set(query.sql, text);
      }
      const result = await pool.query({ text, values: [...query.params], types });
      return result.rows as TResult[];
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
