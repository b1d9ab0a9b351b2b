/**
 * scripts/copy-sqlite-to-postgres.ts on real databases: a SQLite file filled through the app is
 * copied into a fresh PostgreSQL database, verified by counts and SHA-256 per table, and the app on
 * PostgreSQL then serves every plan exactly as it did on SQLite. Runs in the PostgreSQL run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPlan } from "@/app/api/plans/[id]/route";
import { POST as createRoute } from "@/app/api/plans/route";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resetCreateRateLimiter } from "@/lib/http/rate-limit";
import { canonicalRow, copySqliteToPostgres } from "@/scripts/copy-sqlite-to-postgres";
import { createEmptyDatabase, testProvider, type TEmptyDatabase } from "./empty-database";
import { bareRequest, context, jsonRequest, validInput } from "./requests";

describe("canonicalRow", () => {
  it("gives one text for one timestamp however it was stored (Prisma's SQLite text, epoch ms, a Date)", () => {
    const columns = [{ name: "at", isTimestamp: true }, { name: "note", isTimestamp: false }];
    const texts = ["2026-11-01T09:30:00.000+00:00", 1793525400000, new Date("2026-11-01T09:30:00.000Z")].map((at) => canonicalRow(columns, { at, note: null }));
    expect(new Set(texts).size).toBe(1);
    expect(canonicalRow(columns, { at: "2026-11-01T09:30:00.001+00:00", note: null })).not.toBe(texts[0]);
    expect(canonicalRow(columns, { at: null, note: "é" })).toBe('[null,"é"]');
  });
});

describe.runIf(testProvider() === "postgresql")("copying a SQLite database into PostgreSQL", () => {
  let sqlite: TEmptyDatabase;
  const targets: TEmptyDatabase[] = [];
  const served = new Map<string, string>();
  const previousUrl = process.env.DATABASE_URL;

  async function useDatabase(url: string): Promise<void> {
    await disconnectPrisma();
    process.env.DATABASE_URL = url;
    resetCreateRateLimiter();
  }

  async function target(): Promise<TEmptyDatabase> {
    const database = await createEmptyDatabase("postgresql");
    targets.push(database);
    return database;
  }

  beforeAll(async () => {
    process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
    sqlite = await createEmptyDatabase("sqlite");
    await migrateDatabase({ url: sqlite.url });
    await useDatabase(sqlite.url);
    const names = ["Lakeside Marathon", "Zürich Marathon, 2027!", "東京マラソン", 'Half "fast" 🏃', "O'Brien 10K"];
    for (let i = 0; i < 25; i++) {
      const response = await createRoute(
        jsonRequest("POST", "/api/plans", validInput({ races: [{ date: "2027-04-25", name: `${names[i % names.length]} #${i}`, distance: "marathon", priority: "A" }], sessionMinutes: i % 2 ? 30 : 45 })),
      );
      const { id } = (await response.json()) as { id: string };
      if (i % 3 === 0) {
        await getPrisma().sessionLog.create({
          data: { planId: id, sessionId: "2027-01-05-a", status: "done", completedOn: "2027-01-05", sessionDate: "2027-01-05", sessionTitle: "Strength A", exercises: '{"unit":"kg","exercises":[{"exerciseId":"goblet-squat","sets":[{"reps":8,"load":16}]}]}', note: i % 2 ? null : "felt strong 💪" },
        });
        await getPrisma().sessionLog.create({ data: { planId: id, sessionId: "2027-01-08-b", status: "skipped", sessionDate: "2027-01-08", sessionTitle: "Strength B", exercises: '{"unit":"kg","exercises":[]}' } });
        await getPrisma().planFeed.create({ data: { planId: id, events: JSON.stringify({ [`${id}-2027-01-05-a@stridelift`]: { sequence: i } }) } });
      }
    }
    for (const { id } of await getPrisma().plan.findMany({ select: { id: true } })) {
      const response = await getPlan(bareRequest("GET", `/api/plans/${id}`), context({ id }));
      expect(response.status).toBe(200);
      served.set(id, await response.text());
    }
    await disconnectPrisma();
  }, 60_000);

  afterAll(async () => {
    await disconnectPrisma();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    delete process.env.RATE_LIMIT_CREATE_PER_MINUTE;
    resetCreateRateLimiter();
    await sqlite?.drop();
    for (const database of targets) await database.drop();
  });

  it("copies every plan, log and feed row; counts and checksums agree; the app on PostgreSQL serves the same plans", async () => {
    const destination = await target();
    const reports = await copySqliteToPostgres({ from: sqlite.url, to: destination.url });
    expect(reports.map((report) => [report.table, report.sqliteRows])).toEqual([
      ["Plan", 25],
      ["SessionLog", 18],
      ["PlanFeed", 9],
    ]);
    for (const report of reports) {
      expect(report.postgresRows).toBe(report.sqliteRows);
      expect(report.postgresSha256).toBe(report.sqliteSha256);
    }
    await useDatabase(destination.url);
    for (const [id, body] of served) {
      const response = await getPlan(bareRequest("GET", `/api/plans/${id}`), context({ id }));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(body);
    }
    expect(await getPrisma().sessionLog.count({ where: { note: "felt strong 💪" } })).toBeGreaterThan(0);
  });

  it("refuses a target that already holds plans, and adds nothing to it", async () => {
    const destination = await target();
    await copySqliteToPostgres({ from: sqlite.url, to: destination.url });
    await expect(copySqliteToPostgres({ from: sqlite.url, to: destination.url })).rejects.toThrow(/already holds 25 rows in Plan/);
    expect(await destination.query('SELECT count(*)::int AS n FROM "Plan"')).toEqual([{ n: 25 }]);
  });

  it("a copy that does not verify commits nothing (a trigger on the target alters one column)", async () => {
    const destination = await target();
    await migrateDatabase({ url: destination.url });
    await destination.query(`CREATE FUNCTION tamper() RETURNS trigger AS $$ BEGIN NEW."sessionTitle" := upper(NEW."sessionTitle"); RETURN NEW; END $$ LANGUAGE plpgsql`);
    await destination.query('CREATE TRIGGER tamper BEFORE INSERT ON "SessionLog" FOR EACH ROW EXECUTE FUNCTION tamper()');
    await expect(copySqliteToPostgres({ from: sqlite.url, to: destination.url })).rejects.toThrow(/SessionLog does not match after the copy: nothing was committed/);
    expect(await destination.query('SELECT count(*)::int AS n FROM "Plan"')).toEqual([{ n: 0 }]);
  });
});
