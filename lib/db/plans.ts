import { buildPlan, ENGINE_VERSION } from "@/lib/engine/build-plan";
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

export type TPlanContent = { input: TResolvedPlanInput; plan: TPlan };

type TPlanRow = {
  id: string;
  input: string;
  plan: string;
  engineVersion: string;
  createdAt: Date;
  updatedAt: Date;
};

const PUBLIC_COLUMNS = { id: true, input: true, plan: true, engineVersion: true, createdAt: true, updatedAt: true } as const;

function toStoredPlan(row: TPlanRow): TStoredPlan {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    input: JSON.parse(row.input) as TResolvedPlanInput,
    plan: JSON.parse(row.plan) as TPlan,
  };
}

/**
 * The stored plan, or null for an unknown or malformed id (malformed ids never reach the database).
 * Plans are served from the stored JSON while their engineVersion is current; a plan made by an
 * older engine is regenerated from its stored input once and written back (updatedAt untouched:
 * the owner did not edit it). Session ids depend only on date and slot, so calendar UIDs survive.
 */
export async function findPlan(id: string): Promise<TStoredPlan | null> {
  const row = await findPlanRow(id);
  if (!row) return null;
  const stored = toStoredPlan(row);
  return row.engineVersion === ENGINE_VERSION ? stored : refreshStalePlan(stored);
}

async function refreshStalePlan(stored: TStoredPlan): Promise<TStoredPlan> {
  let plan: TPlan;
  try {
    // The stored input is resolved (startDate set), so `today` does not change the result.
    plan = buildPlan(stored.input, { today: stored.input.startDate });
  } catch {
    // Input the new engine cannot handle: keep serving what the owner last saw.
    return stored;
  }
  const refreshed = { ...stored, plan };
  try {
    return (await updatePlan(stored.id, { input: stored.input, plan }, { touch: false })) ?? refreshed;
  } catch {
    return refreshed;
  }
}

/** The row with its engineVersion, for callers that decide whether the stored plan is still current. */
export async function findPlanRow(id: string): Promise<TPlanRow | null> {
  if (!isPlanId(id)) return null;
  return getPrisma().plan.findUnique({ where: { id }, select: PUBLIC_COLUMNS });
}

/** The SHA-256 hash of the plan's edit token, or null for an unknown id. */
export async function findEditTokenHash(id: string): Promise<string | null> {
  if (!isPlanId(id)) return null;
  const row = await getPrisma().plan.findUnique({ where: { id }, select: { editTokenHash: true } });
  return row?.editTokenHash ?? null;
}

/** Stores a new plan; the edit token is returned once and only its hash is kept. */
export async function createPlan(content: TPlanContent): Promise<{ stored: TStoredPlan; editToken: string }> {
  const editToken = newEditToken();
  const row = await getPrisma().plan.create({
    data: {
      id: newPlanId(),
      editTokenHash: hashEditToken(editToken),
      input: JSON.stringify(content.input),
      plan: JSON.stringify(content.plan),
      engineVersion: content.plan.engineVersion,
    },
    select: PUBLIC_COLUMNS,
  });
  return { stored: toStoredPlan(row), editToken };
}

/**
 * Replaces a plan's input and generated plan. `touch: false` keeps updatedAt (used when only the
 * engine changed, not the owner's input). Returns null when the plan no longer exists.
 */
export async function updatePlan(
  id: string,
  content: TPlanContent,
  options: { touch?: boolean } = {},
): Promise<TStoredPlan | null> {
  if (!isPlanId(id)) return null;
  const prisma = getPrisma();
  const current = await prisma.plan.findUnique({ where: { id }, select: { updatedAt: true } });
  if (!current) return null;
  // Two edits within one millisecond must still move updatedAt forward.
  const updatedAt =
    options.touch === false ? current.updatedAt : new Date(Math.max(Date.now(), current.updatedAt.getTime() + 1));
  const { count } = await prisma.plan.updateMany({
    where: { id },
    data: {
      input: JSON.stringify(content.input),
      plan: JSON.stringify(content.plan),
      engineVersion: content.plan.engineVersion,
      updatedAt,
    },
  });
  return count === 0 ? null : findPlan(id);
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
