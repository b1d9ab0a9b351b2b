import { checkMoveTarget, describeBackToBack } from "@/lib/engine/adjustments";
import type { TAdjustments, TPlan, TSession, TWarning } from "@/lib/engine/types";
import { formatDate } from "@/lib/dates";
import { runInTransaction } from "@/lib/db/client";
import { deleteLogRow, listLogRows } from "@/lib/db/logs";
import { findPlanRow, updatePlanRow } from "@/lib/db/plans";
import { ZSessionAdjustment, type TSessionAdjustment } from "@/lib/session-adjustment-input";
import { issuesFromZodError } from "@/lib/validation-issues";
import { SLOT_LABELS } from "@/lib/plan-text/labels";
import { PlanError, planNotFound } from "./plan-error";
import { evaluatePlan, readStoredPlan, type TStoredPlan } from "./stored-plan";

export type TAdjustSessionOptions = { id: string; sessionId: string; raw: unknown };

/** The adjustments after one change, or a PlanError saying why the change cannot be made. */
function applyChange(options: { plan: TPlan; stored: TStoredPlan; session: TSession; change: TSessionAdjustment }): TAdjustments {
  const { plan, stored, session, change } = options;
  const moves = { ...stored.adjustments.moves };
  const skips = stored.adjustments.skips.filter((id) => id !== session.id);
  if ("status" in change) {
    if (change.status === "skipped") {
      if (stored.logs[session.id]?.status === "done") {
        throw new PlanError("conflict", "This session is logged as done: remove its log before skipping it.");
      }
      skips.push(session.id);
    }
    return { moves, skips };
  }
  const engineDate = session.movedFrom ?? session.date;
  if (change.date === null || change.date === engineDate) {
    delete moves[session.id];
    return { moves, skips: stored.adjustments.skips };
  }
  const check = checkMoveTarget(plan, session, change.date);
  if (!check.ok) throw new PlanError("illegal_date", check.why.text, [{ path: "date", message: check.why.text, code: "illegal_date" }]);
  const other = plan.sessions.find((candidate) => candidate.id !== session.id && candidate.date === change.date);
  if (other) {
    const text = `${formatDate(change.date, "weekdayDayMonth")} already has ${SLOT_LABELS[other.slot]}`;
    throw new PlanError("illegal_date", text, [{ path: "date", message: text, code: "illegal_date" }]);
  }
  moves[session.id] = change.date;
  return { moves, skips: stored.adjustments.skips };
}

/**
 * Moves, puts back, skips or unskips one session (section 9), in one transaction with the read it
 * depends on. A moved session keeps its id and dose; a back-to-back move is allowed and warned
 * about. Unskipping also clears a "skipped" log, so the session is planned again.
 */
export async function adjustSession(options: TAdjustSessionOptions): Promise<{ plan: TPlan; warnings: TWarning[] }> {
  const parsed = ZSessionAdjustment.safeParse(options.raw);
  if (!parsed.success) {
    throw new PlanError("validation_failed", "The change is not one of move, put back, skip or unskip; see issues.", issuesFromZodError(parsed.error));
  }
  const change = parsed.data;
  return runInTransaction(async (db) => {
    const row = await findPlanRow(options.id, db);
    if (!row) throw planNotFound();
    const stored = readStoredPlan(row, await listLogRows(row.id, db));
    const current = evaluatePlan(stored);
    const session = current.sessions.find((candidate) => candidate.id === options.sessionId);
    if (!session) throw planNotFound("This plan has no session with that id.");
    const adjustments = applyChange({ plan: current, stored, session, change });
    const updatedAt = await updatePlanRow({ id: row.id, expectedUpdatedAt: row.updatedAt, db, change: { adjustments: JSON.stringify(adjustments) } });
    if (!updatedAt) throw new PlanError("conflict", "This plan was changed at the same moment: reload it and try again.");
    const logs = { ...stored.logs };
    if ("status" in change && change.status === "planned" && logs[session.id]?.status === "skipped") {
      await deleteLogRow({ planId: row.id, sessionId: session.id, db });
      delete logs[session.id];
    }
    const plan = evaluatePlan({ ...stored, adjustments, logs });
    const moved = plan.sessions.find((candidate) => candidate.id === session.id)!;
    const warning = "date" in change && change.date !== null ? describeBackToBack(moved, plan.sessions.filter((other) => other.id !== moved.id)) : null;
    return { plan, warnings: warning ? [warning] : [] };
  });
}
