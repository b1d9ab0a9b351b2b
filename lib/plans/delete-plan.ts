import { deletePlanRow } from "@/lib/db/plans";
import { planNotFound } from "./plan-error";

/** Deletes a plan with its logs and feed memory. */
export async function deletePlan(id: string): Promise<void> {
  if (!(await deletePlanRow(id))) throw planNotFound();
}
