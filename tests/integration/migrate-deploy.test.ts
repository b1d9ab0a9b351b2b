import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";
import { findPlan } from "@/tests/support/find-plan";
import { buildPlan, ENGINE_VERSION } from "@/lib/engine/build-plan";
import { parsePlanInput } from "@/lib/plan-input";
import { validInput } from "./requests";

const ROOT = path.resolve(__dirname, "../..");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const FIRST_MIGRATION = "20261121000000_init";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-migrate-"));

afterAll(async () => {
  await disconnectPrisma();
  fs.rmSync(dir, { recursive: true, force: true });
});

function migrateDeploy(file: string, cwd = ROOT): void {
  execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd,
    env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "pipe",
  });
}

function columnNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM pragma_table_info('Plan') ORDER BY name").all() as { name: string }[]).map((column) => column.name);
}

/** A copy of the project that knows only the first migration: a database deployed before the second one. */
function projectWithFirstMigrationOnly(): string {
  const project = path.join(dir, "first-migration-only");
  fs.mkdirSync(path.join(project, "prisma", "migrations"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "prisma.config.ts"), path.join(project, "prisma.config.ts"));
  fs.copyFileSync(path.join(ROOT, "prisma", "schema.prisma"), path.join(project, "prisma", "schema.prisma"));
  fs.copyFileSync(path.join(MIGRATIONS, "migration_lock.toml"), path.join(project, "prisma", "migrations", "migration_lock.toml"));
  fs.cpSync(path.join(MIGRATIONS, FIRST_MIGRATION), path.join(project, "prisma", "migrations", FIRST_MIGRATION), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(project, "node_modules"));
  fs.symlinkSync(path.join(ROOT, "lib"), path.join(project, "lib"));
  return project;
}

describe("prisma migrate deploy (the run command's first step)", () => {
  it("creates the database file, its directory and the Plan table from the committed migrations", () => {
    const file = path.join(dir, "nested", "fresh.db");
    migrateDeploy(file);
    const db = new Database(file, { readonly: true });
    try {
      expect(columnNames(db)).toEqual(["adjustments", "createdAt", "editTokenHash", "engineVersion", "id", "input", "inputVersion", "runPlanSnapshot", "updatedAt"]);
      const applied = db.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { n: number };
      expect(applied.n).toBe(fs.readdirSync(MIGRATIONS).filter((name) => !name.endsWith(".toml")).length);
    } finally {
      db.close();
    }
  });

  it("upgrading a database made by the first migration drops the plan column, keeps every row, and the app reads them", async () => {
    const file = path.join(dir, "upgraded.db");
    migrateDeploy(file, projectWithFirstMigrationOnly());
    const parsed = parsePlanInput(validInput(), new Date());
    if (!parsed.success) throw parsed.error;
    const input = parsed.data;
    const oldRow = {
      id: "AAAAAAAAAAAAAAAAAAAAAA",
      editTokenHash: "a".repeat(64),
      input: JSON.stringify(input),
      plan: JSON.stringify(buildPlan(input, { today: input.startDate })),
      engineVersion: "0.9.0",
      // The text form Prisma's SQLite adapter writes.
      createdAt: "2026-11-01T09:30:00.000+00:00",
      updatedAt: "2026-11-02T10:45:00.000+00:00",
    };
    const before = new Database(file);
    try {
      expect(columnNames(before)).toContain("plan");
      before
        .prepare('INSERT INTO "Plan" (id, editTokenHash, input, plan, engineVersion, createdAt, updatedAt) VALUES (@id, @editTokenHash, @input, @plan, @engineVersion, @createdAt, @updatedAt)')
        .run(oldRow);
    } finally {
      before.close();
    }

    migrateDeploy(file);

    const after = new Database(file, { readonly: true });
    try {
      expect(columnNames(after)).toEqual(["adjustments", "createdAt", "editTokenHash", "engineVersion", "id", "input", "inputVersion", "runPlanSnapshot", "updatedAt"]);
      const kept = { ...oldRow } as Partial<typeof oldRow>;
      delete kept.plan;
      // Later migrations add columns with defaults: the old row keeps its values and gets them.
      Object.assign(kept, { inputVersion: 1, adjustments: "{}", runPlanSnapshot: null });
      expect(after.prepare('SELECT * FROM "Plan"').all()).toEqual([kept]);
    } finally {
      after.close();
    }

    const previousUrl = process.env.DATABASE_URL;
    await disconnectPrisma();
    process.env.DATABASE_URL = `file:${file}`;
    try {
      const stored = await findPlan(oldRow.id);
      expect(stored).not.toBeNull();
      expect(stored!.input).toEqual(input);
      expect(stored!.plan).toEqual(buildPlan(input, { today: input.startDate }));
      expect(stored!.plan.engineVersion).toBe(ENGINE_VERSION);
      expect(stored!.createdAt.toISOString()).toBe("2026-11-01T09:30:00.000Z");
      expect(stored!.updatedAt.toISOString()).toBe("2026-11-02T10:45:00.000Z");
    } finally {
      await disconnectPrisma();
      if (previousUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previousUrl;
    }
  });
});
