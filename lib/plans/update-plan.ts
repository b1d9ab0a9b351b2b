import { buildPlan } from "@/lib/engine/build-plan";
import { pruneAdjustments } from "@/lib/engine/adjustments";
import type { TPlan, TWarning } from "@/lib/engine/types";
import { runInTransaction } from "@/lib/db/client";
import { findPlanRow, updatePlanRow } from "@/lib/db/plans";
import { listLogRows } from "@/lib/db/logs";
import { PlanError, planNotFound } from "./plan-error";
import { planVersionTag } from "./plan-response";
import { readPlanInput } from "./read-plan-input";
import { CURRENT_INPUT_VERSION } from "./stored-input";
import { evaluatePlan, readStoredPlan, type TStoredPlan } from "./stored-plan";
import { nextRunPlanSnapshot } from "./run-plan-snapshot";

export type TUpdatePlanOptions = {
  id: string;
  raw: unknown;
  now: Date;
  /**
   * The version the client edited (If-Match): a stale one is refused with a conflict instead of
   * overwriting a newer edit. Without it the last writer wins, as a full replacement should.
   */
  expectedVersion?: string | null;
};

/**
 * Replaces a plan's input, in one transaction with the read it depends on. The runner's moves and
 * skips survive when their session still exists (same date and slot) and its new date is still
 * legal; the others are dropped and listed in `warnings`. Logs are always kept (history).
 */
export async function updatePlan(options: TUpdatePlanOptions): Promise<{ stored: TStoredPlan; plan: TPlan; warnings: TWarning[] }> {
  const input = readPlanInput(options.raw, options.now);
  return runInTransaction(async (db) => {
    const row = await findPlanRow(options.id, db);
    if (!row) throw planNotFound();
    if (options.expectedVersion && options.expectedVersion !== planVersionTag(row.updatedAt)) {
      throw new PlanError("conflict", "This plan was changed since you opened it: reload it, then make your change again.");
    }
    const current = readStoredPlan(row, await listLogRows(row.id, db));
    const base = buildPlan(input, { today: input.startDate });
    const { kept, warnings } = pruneAdjustments({ sessions: base.sessions, adjustments: current.adjustments, context: { input, phases: base.phases, windows: base.windows } });
    const runPlanSnapshot = nextRunPlanSnapshot({ input, previous: current.runPlanSnapshot, now: options.now });
    const updatedAt = await updatePlanRow({
      id: row.id,
      expectedUpdatedAt: row.updatedAt,
      db,
      change: {
        input: JSON.stringify(input),
        inputVersion: CURRENT_INPUT_VERSION,
        adjustments: JSON.stringify(kept),
        runPlanSnapshot: runPlanSnapshot && JSON.stringify(runPlanSnapshot),
        engineVersion: base.engineVersion,
      },
    });
    if (!updatedAt) throw new PlanError("conflict", "This plan was changed at the same moment: reload it, then make your change again.");
    const stored: TStoredPlan = { ...current, input, adjustments: kept, runPlanSnapshot, updatedAt };
    return { stored, plan: evaluatePlan(stored), warnings };
  });
}
