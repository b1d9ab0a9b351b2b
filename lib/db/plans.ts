/**
 * Plan rows: what is stored, nothing more. The plan itself is never stored: the use cases in
 * lib/plans rebuild it from the input, the runner's adjustments and logs with the pure engine.
 */
import { getPrisma, getRowReader, type TDatabase } from "@/lib/db/client";
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

const PLAN_ROW_SQL = `SELECT "id", "input", "inputVersion", "adjustments", "runPlanSnapshot", "engineVersion", "createdAt", "updatedAt"
    FROM "Plan" WHERE "id" = ?`;

/**
 * The row, or null for an unknown or malformed id (malformed ids never reach the database).
 * This is the hottest query (every plan page, API read and calendar poll): outside a transaction it
 * goes through the row reader (lib/db/row-reader.ts, 5 µs on SQLite against 180 µs through Prisma's
 * `$queryRaw`, itself 470-580 µs through `findUnique`); inside one, through the transaction's client.
 */
export async function findPlanRow(id: string, db?: TDatabase): Promise<TPlanRow | null> {
  if (!isPlanId(id)) return null;
  const rows = db
    ? await db.$queryRaw<TPlanRow[]>`
    SELECT "id", "input", "inputVersion", "adjustments", "runPlanSnapshot", "engineVersion", "createdAt", "updatedAt"
    FROM "Plan" WHERE "id" = ${id}`
    : await getRowReader().select<TPlanRow>({ sql: PLAN_ROW_SQL, params: [id], dates: ["createdAt", "updatedAt"] });
  return rows[0] ?? null;
}

/** The SHA-256 hash of the plan's edit token, or null for an unknown id (every write checks it first). */
export async function findEditTokenHash(id: string): Promise<string | null> {
  if (!isPlanId(id)) return null;
  const rows = await getRowReader().select<{ editTokenHash: string }>({ sql: `SELECT "editTokenHash" FROM "Plan" WHERE "id" = ?`, params: [id] });
  return rows[0]?.editTokenHash ?? null;
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
