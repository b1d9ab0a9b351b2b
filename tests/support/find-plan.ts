import { getPlan } from "@/lib/plans/get-plan";

/** A stored plan with its evaluated plan beside its fields, for assertions (null when unknown). */
export async function findPlan(id: string) {
  const loaded = await getPlan(id);
  return loaded ? { ...loaded.stored, plan: loaded.plan } : null;
}
