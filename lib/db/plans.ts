import { buildPlan } from "@/lib/engine/build-plan";
import type { TPlan, TResolvedPlanInput } from "@/lib/engine/types";
import { getPrisma } from "@/lib/db/client";
import { hashEditToken, isPlanId, newEditToken, newPlanId } from "@/lib/db/plan-secrets";

/** A plan as stored: what GET /api/plans/{id} and the plan pages serve. Never holds the token or its hash. */
export type TStoredPlan = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  input: TResolvedPlanInput;
  plan: TPlan;
};

/** What a create or PUT saves: the resolved input and the plan the engine just built from it. */
export type TPlanContent = { input: TResolvedPlanInput; plan: TPlan };

/** A stored plan before its plan is rebuilt: enough to key caches and to rebuild on demand. */
export type TPlanRecord = Omit<TStoredPlan, "plan">;

/**
 * Only the input is stored, never the plan: the engine is pure and builds a 52-week plan in about
 * a millisecond, while passing the 70-200 KB plan JSON through Prisma on every write and read cost
 * far more. Rebuilding also means a served plan always reflects the current engine; session ids
 * depend only on date and slot, so calendar UIDs stay stable across engine versions.
 *
 * Null when the current engine cannot build the stored input (one an older version accepted):
 * callers answer 404 rather than 500. Nothing about the row is logged: its id is the link that
 * grants access, and its input is the runner's.
 */
export function rebuildPlan(record: TPlanRecord): TPlan | null {
  try {
    // The stored input is resolved (startDate set), so `today` does not change the result.
    return buildPlan(record.input, { today: record.input.startDate });
  } catch {
    console.warn("stridelift: a stored plan input could not be rebuilt by the current engine; answered as not found");
    return null;
  }
}

/**
 * The stored record (id, timestamps, parsed input) without building its plan, or null for an
 * unknown or malformed id (malformed ids never reach the database) or an unreadable input.
 */
export async function findPlanRecord(id: string): Promise<TPlanRecord | null> {
  if (!isPlanId(id)) return null;
  const row = await getPrisma().plan.findUnique({
    where: { id },
    select: { id: true, input: true, createdAt: true, updatedAt: true },
  });
  if (!row) return null;
  try {
    return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, input: JSON.parse(row.input) as TResolvedPlanInput };
  } catch {
    console.warn("stridelift: a stored plan input is not valid JSON; answered as not found");
    return null;
  }
}

/** The stored plan with its plan rebuilt from the stored input, or null (see findPlanRecord, rebuildPlan). */
export async function findPlan(id: string): Promise<TStoredPlan | null> {
  const record = await findPlanRecord(id);
  const plan = record && rebuildPlan(record);
  return record && plan ? { ...record, plan } : null;
}

/** The SHA-256 hash of the plan's edit token, or null for an unknown id. */
export async function findEditTokenHash(id: string): Promise<string | null> {
  if (!isPlanId(id)) return null;
  const row = await getPrisma().plan.findUnique({ where: { id }, select: { editTokenHash: true } });
  return row?.editTokenHash ?? null;
}

/** Stores a new plan's input; the edit token is returned once and only its hash is kept. */
export async function createPlan(content: TPlanContent): Promise<{ stored: TStoredPlan; editToken: string }> {
  const editToken = newEditToken();
  const row = await getPrisma().plan.create({
    data: {
      id: newPlanId(),
      editTokenHash: hashEditToken(editToken),
      input: JSON.stringify(content.input),
      engineVersion: content.plan.engineVersion,
    },
    // Only what the database decides; the input and plan are already in hand.
    select: { id: true, createdAt: true, updatedAt: true },
  });
  return { stored: { ...row, input: content.input, plan: content.plan }, editToken };
}

/** Replaces a plan's input (the owner's edit); updatedAt moves forward. Null when the plan no longer exists. */
export async function updatePlan(id: string, content: TPlanContent): Promise<TStoredPlan | null> {
  if (!isPlanId(id)) return null;
  const prisma = getPrisma();
  const current = await prisma.plan.findUnique({ where: { id }, select: { createdAt: true, updatedAt: true } });
  if (!current) return null;
  // Two edits within one millisecond must still move updatedAt forward (it is the feed's DTSTAMP and cache key).
  const updatedAt = new Date(Math.max(Date.now(), current.updatedAt.getTime() + 1));
  const { count } = await prisma.plan.updateMany({
    where: { id },
    data: { input: JSON.stringify(content.input), engineVersion: content.plan.engineVersion, updatedAt },
  });
  if (count === 0) return null;
  return { id, createdAt: current.createdAt, updatedAt, input: content.input, plan: content.plan };
}

/** Deletes a plan; false when it did not exist. */
export async function deletePlan(id: string): Promise<boolean> {
  if (!isPlanId(id)) return false;
  const { count } = await getPrisma().plan.deleteMany({ where: { id } });
  return count > 0;
}

/** Number of stored plans (tests check that rejected requests write nothing). */
export async function countPlans(): Promise<number> {
  return getPrisma().plan.count();
}
