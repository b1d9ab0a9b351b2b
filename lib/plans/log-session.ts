import type { TPlan, TSession } from "@/lib/engine/types";
import { addDays, todayIn } from "@/lib/dates";
import { runInTransaction } from "@/lib/db/client";
import { listLogRows, upsertLogRow } from "@/lib/db/logs";
import { findPlanRow, updatePlanRow } from "@/lib/db/plans";
import { MAX_LOAD, ZSessionLogInput, type TSessionLogInput } from "@/lib/session-log-input";
import { issuesFromZodError } from "@/lib/validation-issues";
import { PlanError, planNotFound, type TPlanErrorIssue } from "./plan-error";
import { evaluatePlan, readStoredPlan, type TStoredLog } from "./stored-plan";

export type TLogSessionOptions = { id: string; sessionId: string; raw: unknown; now: Date };

/** What depends on the plan: the exercises belong to the session, loads are sane in the plan's units. */
function checkAgainstSession(log: TSessionLogInput, session: TSession, units: "kg" | "lb"): TPlanErrorIssue[] {
  const issues: TPlanErrorIssue[] = [];
  const ids = new Set(session.exercises.map((exercise) => exercise.exerciseId));
  log.exercises.forEach((exercise, index) => {
    if (!ids.has(exercise.exerciseId)) {
      issues.push({ path: `exercises.${index}.exerciseId`, message: `"${exercise.exerciseId.slice(0, 40)}" is not in this session` });
    }
    exercise.sets.forEach((set, setIndex) => {
      if (set.load !== undefined && set.load > MAX_LOAD[units]) {
        issues.push({ path: `exercises.${index}.sets.${setIndex}.load`, message: `That load is more than ${MAX_LOAD[units]} ${units}: check the number` });
      }
    });
  });
  return issues;
}

function sameLog(a: TStoredLog | undefined, b: Omit<TStoredLog, "updatedAt">): boolean {
  if (!a) return false;
  const { updatedAt: _ignored, ...rest } = a;
  void _ignored;
  return JSON.stringify(rest) === JSON.stringify(b);
}

/**
 * Records what the runner did in one session (section 11) and answers the plan adapted to it.
 * Idempotent: an offline client may send the same log twice, and the second changes nothing. A
 * session dated more than one day after today (in the plan's zone) cannot be logged yet.
 */
export async function logSession(options: TLogSessionOptions): Promise<{ plan: TPlan }> {
  const parsed = ZSessionLogInput.safeParse(options.raw);
  if (!parsed.success) {
    throw new PlanError("validation_failed", "Some fields of the log are missing or invalid; see issues.", issuesFromZodError(parsed.error));
  }
  const input = parsed.data;
  return runInTransaction(async (db) => {
    const row = await findPlanRow(options.id, db);
    if (!row) throw planNotFound();
    const stored = readStoredPlan(row, await listLogRows(row.id, db));
    const current = evaluatePlan(stored);
    const session = current.sessions.find((candidate) => candidate.id === options.sessionId);
    if (!session) throw planNotFound("This plan has no session with that id.");
    const issues = checkAgainstSession(input, session, stored.input.units);
    if (issues.length > 0) throw new PlanError("validation_failed", "Some fields of the log do not fit this session; see issues.", issues);
    const latest = addDays(todayIn(options.now, stored.input.timeZone), 1);
    if (session.date > latest) {
      const message = `This session is on ${session.date}: it can be logged from the day before.`;
      throw new PlanError("session_in_future", message, [{ path: "", message, code: "session_in_future" }]);
    }
    const log: Omit<TStoredLog, "updatedAt"> = {
      status: input.status,
      ...(input.completedOn ? { completedOn: input.completedOn } : {}),
      exercises: input.status === "done" ? input.exercises : [],
      ...(input.note ? { note: input.note } : {}),
      unit: stored.input.units,
      sessionDate: session.date,
      sessionTitle: session.title,
    };
    if (sameLog(stored.logs[session.id], log)) return { plan: current };
    await upsertLogRow({
      planId: row.id,
      sessionId: session.id,
      db,
      data: {
        status: log.status,
        completedOn: log.completedOn ?? null,
        sessionDate: log.sessionDate,
        sessionTitle: log.sessionTitle,
        exercises: JSON.stringify({ unit: log.unit, exercises: log.exercises }),
        note: log.note ?? null,
      },
    });
    // The plan changed (statuses, doses, the feed): its version moves so every cache follows.
    if (!(await updatePlanRow({ id: row.id, expectedUpdatedAt: row.updatedAt, db, change: {} }))) {
      throw new PlanError("conflict", "This plan was changed at the same moment: send the log again.");
    }
    const logs = { ...stored.logs, [session.id]: { ...log, updatedAt: new Date().toISOString() } };
    return { plan: evaluatePlan({ ...stored, logs }) };
  });
}
