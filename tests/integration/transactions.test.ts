/**
 * Transactions on both adapters, and the two ways to keep a read-then-write from losing an update
 * when several instances edit one plan: the compare-and-set on updatedAt (works on both providers;
 * the one to use) and, on PostgreSQL only, a row lock with SELECT ... FOR UPDATE.
 */
import { describe, expect, it } from "vitest";
import { getPrisma, type TTransactionClient } from "@/lib/db/client";
import { setUpTempDatabase } from "./temp-database";

const database = setUpTempDatabase();

async function insertPlan(id: string): Promise<Date> {
  const row = await getPrisma().plan.create({
    data: { id, editTokenHash: "h".repeat(64), input: "{}", engineVersion: "test", adjustments: JSON.stringify({ skips: [] }) },
    select: { updatedAt: true },
  });
  return row.updatedAt;
}

/** The next updatedAt: strictly later than the one read, so a version never repeats (no ABA). */
function nextVersion(seen: Date): Date {
  return new Date(Math.max(Date.now(), seen.getTime() + 1));
}

/**
 * Read-modify-write with a compare-and-set: the write only lands if the row still has the
 * updatedAt that was read; otherwise read again. This is the pattern for PUT with If-Match (there:
 * a count of 0 answers 409 instead of retrying) and for moves/logs that change the plan's JSON.
 */
async function appendSkip(id: string, sessionId: string): Promise<number> {
  const prisma = getPrisma();
  for (let attempt = 1; attempt <= 50; attempt++) {
    const row = await prisma.plan.findUniqueOrThrow({ where: { id }, select: { adjustments: true, updatedAt: true } });
    const adjustments = JSON.parse(row.adjustments) as { skips: string[] };
    const { count } = await prisma.plan.updateMany({
      where: { id, updatedAt: row.updatedAt },
      data: { adjustments: JSON.stringify({ skips: [...adjustments.skips, sessionId] }), updatedAt: nextVersion(row.updatedAt) },
    });
    if (count === 1) return attempt;
  }
  throw new Error("too contended");
}

async function skipsOf(id: string): Promise<string[]> {
  const row = await getPrisma().plan.findUniqueOrThrow({ where: { id }, select: { adjustments: true } });
  return (JSON.parse(row.adjustments) as { skips: string[] }).skips.sort();
}

describe(`transactions on ${database.provider}`, () => {
  it("an interactive transaction commits all its writes together", async () => {
    await getPrisma().$transaction(async (tx: TTransactionClient) => {
      await tx.plan.create({ data: { id: "tx-commit-plan-000000", editTokenHash: "h", input: "{}", engineVersion: "t" } });
      await tx.sessionLog.create({
        data: { planId: "tx-commit-plan-000000", sessionId: "2027-01-05-a", status: "done", sessionDate: "2027-01-05", sessionTitle: "A", exercises: "[]" },
      });
    });
    expect(await getPrisma().sessionLog.count({ where: { planId: "tx-commit-plan-000000" } })).toBe(1);
  });

  it("a throw inside rolls back every write of the transaction", async () => {
    await expect(
      getPrisma().$transaction(async (tx: TTransactionClient) => {
        await tx.plan.create({ data: { id: "tx-rollback-plan-0000", editTokenHash: "h", input: "{}", engineVersion: "t" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await getPrisma().plan.findUnique({ where: { id: "tx-rollback-plan-0000" } })).toBeNull();
  });

  it("compare-and-set on updatedAt: of ten writers that read the same version, exactly one lands", async () => {
    const seen = await insertPlan("cas-plan-00000000000a");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        getPrisma().plan.updateMany({ where: { id: "cas-plan-00000000000a", updatedAt: seen }, data: { engineVersion: `writer-${i}`, updatedAt: nextVersion(seen) } }),
      ),
    );
    expect(results.map((result) => result.count).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const row = await getPrisma().plan.findUniqueOrThrow({ where: { id: "cas-plan-00000000000a" } });
    expect(row.updatedAt.getTime()).toBeGreaterThan(seen.getTime());
  });

  it("read-modify-write with compare-and-set and retry: 20 concurrent appends, none lost", async () => {
    await insertPlan("cas-plan-00000000000b");
    const ids = Array.from({ length: 20 }, (_, i) => `2027-02-${String(i + 1).padStart(2, "0")}-a`);
    await Promise.all(ids.map((sessionId) => appendSkip("cas-plan-00000000000b", sessionId)));
    expect(await skipsOf("cas-plan-00000000000b")).toEqual(ids);
  });

  it("the same appends inside interactive transactions (read and conditional write in one transaction)", async () => {
    await insertPlan("cas-plan-00000000000c");
    const ids = Array.from({ length: 12 }, (_, i) => `2027-03-${String(i + 1).padStart(2, "0")}-b`);
    await Promise.all(
      ids.map(async (sessionId) => {
        for (;;) {
          const landed = await getPrisma().$transaction(async (tx: TTransactionClient) => {
            const row = await tx.plan.findUniqueOrThrow({ where: { id: "cas-plan-00000000000c" }, select: { adjustments: true, updatedAt: true } });
            const skips = (JSON.parse(row.adjustments) as { skips: string[] }).skips;
            const { count } = await tx.plan.updateMany({
              where: { id: "cas-plan-00000000000c", updatedAt: row.updatedAt },
              data: { adjustments: JSON.stringify({ skips: [...skips, sessionId] }), updatedAt: nextVersion(row.updatedAt) },
            });
            return count === 1;
          });
          if (landed) return;
        }
      }),
    );
    expect(await skipsOf("cas-plan-00000000000c")).toEqual(ids);
  });
});

describe.runIf(database.provider === "postgresql")("row locks on PostgreSQL", () => {
  it("SELECT ... FOR UPDATE in an interactive transaction serialises read-modify-writes: 20 concurrent appends, none lost, no retry", async () => {
    await insertPlan("lock-plan-00000000000");
    const ids = Array.from({ length: 20 }, (_, i) => `2027-04-${String(i + 1).padStart(2, "0")}-a`);
    await Promise.all(
      ids.map((sessionId) =>
        getPrisma().$transaction(async (tx: TTransactionClient) => {
          const [row] = await tx.$queryRaw<{ adjustments: string }[]>`SELECT "adjustments" FROM "Plan" WHERE "id" = ${"lock-plan-00000000000"} FOR UPDATE`;
          const skips = (JSON.parse(row.adjustments) as { skips: string[] }).skips;
          await tx.plan.update({ where: { id: "lock-plan-00000000000" }, data: { adjustments: JSON.stringify({ skips: [...skips, sessionId] }) } });
        }),
      ),
    );
    expect(await skipsOf("lock-plan-00000000000")).toEqual(ids);
  });
});
