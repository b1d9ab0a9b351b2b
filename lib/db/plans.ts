/**
 * Plan rows: what is stored, nothing more. The plan itself is never stored: the use cases in
 * lib/plans rebuild it from the input, the runner's adjustments and logs with the pure engine.
 */
import { getPrisma, type TDatabase } from "@/lib/db/client";
import { isPlanId } from "@/lib/db/plan-secrets";

/** A stored plan row without its token hash. JSON columns are text, parsed by lib/plans. */
export type TPlanRow = {
  id: string;
  input: string;
  inputVersion: number;
  adjustments: string;
  runPlanSnapshot: string | null;
  engineVersion: string;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * The row, or null for an unknown or malformed id (malformed ids never reach the database).
 * Raw SQL because this is the hottest query (every plan page, API read and calendar poll) and
 * Prisma 6.19's client engine compiles each model query in WASM on every call, with no plan cache:
 * 470-580 µs against 180-200 µs for the same SELECT as $queryRaw (SQLite, measured). The quoted
 * names are the same on SQLite and PostgreSQL, and both adapters hand back Dates and numbers.
 */
export async function findPlanRow(id: string, db: TDatabase = getPrisma()): Promise<TPlanRow | null> {
  if (!isPlanId(id)) return null;
  const rows = await db.$queryRaw<TPlanRow[]>`
    SELECT "id", "input", "inputVersion", "adjustments", "runPlanSnapshot", "engineVersion", "createdAt", "updatedAt"
    FROM "Plan" WHERE "id" = ${id}`;
  return rows[0] ?? null;
}

/** The SHA-256 hash of the plan's edit token, or null for an unknown id. */
export async function findEditTokenHash(id: string): Promise<string | null> {
  if (!isPlanId(id)) return null;
  const row = await getPrisma().plan.findUnique({ where: { id }, select: { editTokenHash: true } });
  return row?.editTokenHash ?? null;
}

export type TNewPlanRow = Omit<TPlanRow, "createdAt" | "updatedAt" | "runPlanSnapshot"> & {
  editTokenHash: string;
  runPlanSnapshot?: string | null;
};

/**
 * Inserts a plan; returns its timestamps. Raw for the reason findPlanRow is: every create pays it.
 * The timestamps are set here, as Prisma's @updatedAt would, and both adapters store a bound Date
 * in the format Prisma's own writes use, so the compare-and-set in updatePlanRow matches it.
 */
export async function insertPlanRow(row: TNewPlanRow): Promise<{ createdAt: Date; updatedAt: Date }> {
  const now = new Date();
  await getPrisma().$executeRaw`
    INSERT INTO "Plan" ("id", "editTokenHash", "input", "inputVersion", "adjustments", "runPlanSnapshot", "engineVersion", "createdAt", "updatedAt")
    VALUES (${row.id}, ${row.editTokenHash}, ${row.input}, ${row.inputVersion}, ${row.adjustments}, ${row.runPlanSnapshot ?? null}, ${row.engineVersion}, ${now}, ${now})`;
  return { createdAt: now, updatedAt: now };
}

export type TPlanRowChange = Partial<Pick<TPlanRow, "input" | "inputVersion" | "adjustments" | "runPlanSnapshot" | "engineVersion">>;

/**
 * Writes a change if the row is still at `expectedUpdatedAt` (compare-and-set: a concurrent edit
 * in between makes it write nothing). `updatedAt` always moves forward, even within one
 * millisecond, because it is the feed's DTSTAMP and every cache's key. Null when nothing was written.
 */
export async function updatePlanRow(options: {
  id: string;
  expectedUpdatedAt: Date;
  change: TPlanRowChange;
  db?: TDatabase;
}): Promise<Date | null> {
  const db = options.db ?? getPrisma();
  const updatedAt = new Date(Math.max(Date.now(), options.expectedUpdatedAt.getTime() + 1));
  const { count } = await db.plan.updateMany({
    where: { id: options.id, updatedAt: options.expectedUpdatedAt },
    data: { ...options.change, updatedAt },
  });
  return count === 1 ? updatedAt : null;
}

/** Deletes a plan with its logs and feed memory (cascade); false when it did not exist. */
export async function deletePlanRow(id: string): Promise<boolean> {
  if (!isPlanId(id)) return false;
  const { count } = await getPrisma().plan.deleteMany({ where: { id } });
  return count > 0;
}

/** Number of stored plans (tests check that rejected requests write nothing). */
export async function countPlans(): Promise<number> {
  return getPrisma().plan.count();
}
