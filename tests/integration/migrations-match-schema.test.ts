/**
 * The committed migration chain of this run's provider, applied by the migrator, must build exactly
 * the tables prisma/schema.prisma (or its PostgreSQL twin) describes: compared column by column,
 * index by index and constraint by constraint with a database built straight from the schema
 * (`prisma migrate diff --from-empty`). So the schema and either chain cannot drift apart unnoticed.
 * (Prisma's own check, `migrate diff --from-migrations`, cannot run through driver adapters in 6.19.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { prismaPaths } from "@/lib/db/prisma-paths";
import { migrationDiff } from "@/scripts/new-migration";
import { createEmptyDatabase, migrationsDir, testProvider, type TEmptyDatabase } from "./empty-database";

const ROOT = path.resolve(__dirname, "../..");
const provider = testProvider();
const databases: TEmptyDatabase[] = [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-drift-"));

afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

type TRow = Record<string, unknown>;

async function describeSqlite(database: TEmptyDatabase): Promise<TRow[]> {
  const tables = await database.query<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const out: TRow[] = [];
  for (const { name } of tables) {
    out.push({ table: name, columns: await database.query(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${name}') ORDER BY cid`) });
    const indexes = await database.query<{ name: string; unique: number; origin: string }>(`SELECT name, "unique", origin FROM pragma_index_list('${name}') ORDER BY name`);
    for (const index of indexes) {
      const columns = await database.query(`SELECT name FROM pragma_index_info('${index.name}') ORDER BY seqno`);
      // Automatic indexes (primary keys) are named by SQLite, not by the schema: compare their columns only.
      out.push({ table: name, index: index.origin === "c" ? index.name : `(${index.origin})`, unique: index.unique, columns });
    }
    out.push({ table: name, foreignKeys: await database.query(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('${name}') ORDER BY "from"`) });
  }
  return out;
}

async function describePostgres(database: TEmptyDatabase): Promise<TRow[]> {
  const filter = "table_schema = 'public' AND table_name <> '_prisma_migrations'";
  return [
    ...(await database.query(
      `SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length, datetime_precision, is_nullable, column_default
       FROM information_schema.columns WHERE ${filter} ORDER BY table_name, ordinal_position`,
    )),
    ...(await database.query("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname")),
    ...(await database.query(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '"_prisma_migrations"' ORDER BY c.conname`,
    )),
  ];
}

const describeSchema = provider === "sqlite" ? describeSqlite : describePostgres;

describe(`${provider}: the committed migrations build exactly the schema`, () => {
  it("chain applied by the migrator == database made from the schema in one step", async () => {
    const fromChain = await createEmptyDatabase();
    const fromSchema = await createEmptyDatabase();
    databases.push(fromChain, fromSchema);
    await migrateDatabase({ url: fromChain.url, migrationsDir: migrationsDir() });

    const oneStep = path.join(scratch, "one-step");
    fs.mkdirSync(path.join(oneStep, "00000000000000_schema"), { recursive: true });
    fs.writeFileSync(path.join(oneStep, "00000000000000_schema", "migration.sql"), migrationDiff(null, prismaPaths(provider, ROOT).schema));
    await migrateDatabase({ url: fromSchema.url, migrationsDir: oneStep });

    const expected = await describeSchema(fromSchema);
    expect(expected.length).toBeGreaterThan(10);
    expect(await describeSchema(fromChain)).toEqual(expected);
  });
});
