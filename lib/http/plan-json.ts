import type { TStoredPlan } from "@/lib/db/plans";

/** The public JSON of a stored plan (GET/PUT answers): ISO timestamps, never a token or its hash. */
export function toPlanJson(stored: TStoredPlan) {
  return {
    id: stored.id,
    createdAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
    input: stored.input,
    plan: stored.plan,
  };
}
