import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, postgresSchemaFrom } from "./generate-postgres-schema";

const ROOT = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The schema text a generated client was built from (Prisma inlines it in internal/class.ts). */
function inlinedSchema(clientDir: string): string {
  const source = read(path.join(clientDir, "internal", "class.ts"));
  const literal = /"inlineSchema": ("(?:[^"\\]|\\.)*")/.exec(source)?.[1];
  if (!literal) throw new Error(`no inlineSchema in ${clientDir}`);
  return JSON.parse(literal) as string;
}

describe("one schema, two providers", () => {
  it("the committed PostgreSQL twin is exactly what scripts/generate-postgres-schema.ts derives from prisma/schema.prisma", () => {
    // Fails when the schema changed without `npm run db:schema` (or the twin was edited by hand).
    expect(read(POSTGRES_SCHEMA)).toBe(postgresSchemaFrom(read(SOURCE_SCHEMA)));
  });

  it("the twin differs only in the datasource provider and the client's output directory", () => {
    const source = read(SOURCE_SCHEMA);
    const twin = postgresSchemaFrom(source);
    const changed = twin.split("\n").filter((line) => !source.split("\n").includes(line) && !line.startsWith("//"));
    expect(changed.map((line) => line.trim())).toEqual(['output     = "../../lib/db/generated-pg"', 'provider = "postgresql"']);
  });

  it("refuses a schema it cannot rewrite unambiguously", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "postgresql"\n}\n')).toThrow(/datasource provider/);
    const movedClient = read(SOURCE_SCHEMA).replace('"../lib/db/generated"', '"../somewhere/else"');
    expect(() => postgresSchemaFrom(movedClient)).toThrow(/client output/);
  });

  it("both generated clients are current (npm run db:generate after a schema change)", () => {
    expect(inlinedSchema("lib/db/generated")).toBe(read(SOURCE_SCHEMA));
    expect(inlinedSchema("lib/db/generated-pg")).toBe(read(POSTGRES_SCHEMA));
  });
});
