import type { TPlan } from "@/lib/engine/types";
import { findPlanRow, type TPlanRow } from "@/lib/db/plans";
import { listLogRows } from "@/lib/db/logs";
import type { TDatabase } from "@/lib/db/client";
import { evaluatePlan, readStoredPlan, type TStoredPlan } from "./stored-plan";

export type TLoadedPlan = { stored: TStoredPlan; plan: TPlan };

/**
 * A stored plan and its evaluated plan, or null for an unknown id. A row the current build cannot
 * read or evaluate throws: that is a regression to hear about (500, logged), never a hidden 404.
 */
export async function getPlan(id: string, db?: TDatabase): Promise<TLoadedPlan | null> {
  const row = await findPlanRow(id, db);
  return row ? loadPlanRow(row, db) : null;
}

/** The plan of a row already read (its logs are read now). */
export async function loadPlanRow(row: TPlanRow, db?: TDatabase): Promise<TLoadedPlan> {
  const stored = readStoredPlan(row, await listLogRows(row.id, db));
  return { stored, plan: evaluatePlan(stored) };
}
