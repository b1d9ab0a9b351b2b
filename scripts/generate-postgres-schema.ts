/**
 * prisma/schema.prisma is the one schema. The PostgreSQL client needs a schema whose datasource
 * says "postgresql" (with the query compiler, the generated client is provider-specific), so this
 * derives prisma/postgresql/schema.prisma from it: the same models, another provider and client
 * output. The twin is committed (Prisma's CLI and the migration scripts read it without a build
 * step); scripts/generate-postgres-schema.test.ts fails when it is not what this script writes.
 *
 * Usage: npx tsx scripts/generate-postgres-schema.ts [--check]
 */
import fs from "node:fs";
import path from "node:path";

export const SOURCE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/generate-postgres-schema.ts: edit that file, then run\n// `npm run db:schema`. Only the datasource provider and the client's output differ.\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`));
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches?.length ?? 0}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL twin of a SQLite schema text. */
export function postgresSchemaFrom(source: string): string {
  let out = replaceOnce(source, /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource provider = "sqlite"');
  out = replaceOnce(out, /(generator client \{[^}]*?output\s*=\s*)"\.\.\/lib\/db\/generated"/, '$1"../../lib/db/generated-pg"', 'client output = "../lib/db/generated"');
  return HEADER + out;
}

function main(): void {
  const expected = postgresSchemaFrom(fs.readFileSync(SOURCE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    const actual = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
    if (actual !== expected) {
      console.error(`${POSTGRES_SCHEMA} is out of date: run npm run db:schema`);
      process.exit(1);
    }
    return;
  }
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, expected);
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}

if (process.argv[1]?.endsWith("generate-postgres-schema.ts")) main();
