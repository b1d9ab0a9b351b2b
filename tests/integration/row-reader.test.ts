/**
 * The row reader (lib/db/row-reader.ts) hands the use cases the same rows Prisma does, on both
 * providers: findPlanRow and listLogRows without a client go through it, with one through Prisma.
 */
import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { getPrisma, getRowReader } from "@/lib/db/client";
import { findEditTokenHash, findPlanRow } from "@/lib/db/plans";
import { listLogRows } from "@/lib/db/logs";
import { setUpTempDatabase } from "./temp-database";
import { jsonRequest, validInput } from "./requests";

const database = setUpTempDatabase();

async function createPlan(): Promise<string> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", validInput()));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Runs `work` with the process's time zone set to `zone` (Node reads TZ again when it changes). */
async function inZone<T>(zone: string, work: () => Promise<T>): Promise<T> {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

describe("the row reader", () => {
  it("reads a plan row equal to Prisma's, field for field, dates included", async () => {
    const id = await createPlan();
    const viaReader = await findPlanRow(id);
    const viaPrisma = await findPlanRow(id, getPrisma());
    expect(viaReader).not.toBeNull();
    expect(viaReader).toEqual(viaPrisma);
    expect(viaReader!.updatedAt).toBeInstanceOf(Date);
    expect(await findPlanRow("AAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
  });

  it("reads a plan's logs equal to Prisma's, in the same order", async () => {
    const id = await createPlan();
    const sessionLog = (sessionId: string, sessionDate: string, updatedAt: string) => ({
      planId: id, sessionId, status: "done", completedOn: sessionDate, sessionDate, sessionTitle: "Strength A", exercises: "[]", note: null, updatedAt: new Date(updatedAt),
    });
    await getPrisma().sessionLog.createMany({
      data: [sessionLog("w2-b", "2027-01-14", "2027-01-14T19:30:00.250Z"), sessionLog("w1-a", "2027-01-05", "2027-01-05T06:00:00.000Z"), sessionLog("w1-b", "2027-01-05", "2027-01-05T23:59:59.999Z")],
    });
    const viaReader = await listLogRows(id);
    expect(viaReader.map((row) => row.sessionId)).toEqual(["w1-a", "w1-b", "w2-b"]);
    expect(viaReader).toEqual(await listLogRows(id, getPrisma()));
    expect(viaReader[2].updatedAt.toISOString()).toBe("2027-01-14T19:30:00.250Z");
  });

  it("reads stored DateTimes as the UTC instants Prisma wrote, whatever the process's time zone", async () => {
    const id = await createPlan();
    const written = new Date("2027-03-01T01:30:00.125Z");
    await getPrisma().plan.update({ where: { id }, data: { updatedAt: written } });
    for (const zone of ["Pacific/Auckland", "America/Los_Angeles", "UTC"]) {
      const row = await inZone(zone, () => findPlanRow(id));
      expect(row!.updatedAt.toISOString(), zone).toBe(written.toISOString());
    }
  });

  it("reads the edit token's hash (the one every write compares against)", async () => {
    const id = await createPlan();
    const [row] = await database.query<{ editTokenHash: string }>('SELECT "editTokenHash" FROM "Plan" WHERE "id" = $1', [id]);
    expect(await findEditTokenHash(id)).toBe(row.editTokenHash);
    expect(await findEditTokenHash("AAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
  });

  it("refuses anything but one SELECT, before it reaches the database", async () => {
    const id = await createPlan();
    for (const sql of [`DELETE FROM "Plan"`, `UPDATE "Plan" SET "input" = '{}'`, `SELECT 1; DELETE FROM "Plan"`]) {
      await expect(getRowReader().select({ sql, params: [] })).rejects.toThrow(/single SELECT/);
    }
    expect(await findPlanRow(id)).not.toBeNull();
  });
});
