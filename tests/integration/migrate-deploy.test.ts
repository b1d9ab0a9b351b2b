import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-migrate-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("prisma migrate deploy (the run command's first step)", () => {
  it("creates the database file, its directory and the Plan table from the committed migrations", () => {
    const file = path.join(dir, "nested", "fresh.db");
    execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: "pipe",
    });
    const db = new Database(file, { readonly: true });
    try {
      const columns = db.prepare("SELECT name FROM pragma_table_info('Plan') ORDER BY name").all() as { name: string }[];
      expect(columns.map((column) => column.name)).toEqual(["createdAt", "editTokenHash", "engineVersion", "id", "input", "plan", "updatedAt"]);
      const applied = db.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { n: number };
      expect(applied.n).toBe(fs.readdirSync(path.join(ROOT, "prisma", "migrations")).filter((name) => !name.endsWith(".toml")).length);
    } finally {
      db.close();
    }
  });
});
