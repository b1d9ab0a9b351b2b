import { runInTransaction } from "@/lib/db/client";
import { deleteLogRow, listLogRows } from "@/lib/db/logs";
import { findPlanRow, updatePlanRow } from "@/lib/db/plans";
import { PlanError, planNotFound } from "./plan-error";
import { evaluatePlan, readStoredPlan } from "./stored-plan";

/**
 * Removes one session's log (the dose then follows the plan again). Idempotent: removing a log
 * that is already gone is fine as long as the plan knows the session or once had its log.
 */
export async function deleteSessionLog(options: { id: string; sessionId: string }): Promise<void> {
  await runInTransaction(async (db) => {
    const row = await findPlanRow(options.id, db);
    if (!row) throw planNotFound();
    const stored = readStoredPlan(row, await listLogRows(row.id, db));
    const known = stored.logs[options.sessionId] !== undefined || evaluatePlan(stored).sessions.some((session) => session.id === options.sessionId);
    if (!known) throw planNotFound("This plan has no session with that id.");
    if (!(await deleteLogRow({ planId: row.id, sessionId: options.sessionId, db }))) return;
    if (!(await updatePlanRow({ id: row.id, expectedUpdatedAt: row.updatedAt, db, change: {} }))) {
      throw new PlanError("conflict", "This plan was changed at the same moment: try again.");
    }
  });
}
