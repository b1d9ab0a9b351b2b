import { buildPlan } from "@/lib/engine/build-plan";
import { pruneAdjustments } from "@/lib/engine/adjustments";
import { kindOnDate } from "@/lib/engine/dated-kinds";
import type { TPlan } from "@/lib/engine/types";
import type { TDayType, TResolvedPlanInput } from "@/lib/plan-input";
import { runInTransaction } from "@/lib/db/client";
import { listLogRows } from "@/lib/db/logs";
import { findPlanRow, updatePlanRow } from "@/lib/db/plans";
import { reapplyRunPlan } from "@/lib/run-plan/reapply-run-plan";
import { readRunPlanSource, type TImportRunPlanDeps } from "./import-run-plan";
import { PlanError, planNotFound } from "./plan-error";
import { readPlanInput } from "./read-plan-input";
import { CURRENT_INPUT_VERSION, readStoredInput } from "./stored-input";
import { evaluatePlan, readStoredPlan, type TRunPlanSnapshot, type TStoredPlan } from "./stored-plan";

export type TRefreshRunPlanOptions = { id: string; now: Date; deps?: TImportRunPlanDeps };

export type TRefreshRunPlanResult = { stored: TStoredPlan; plan: TPlan; changedDates: string[] };

/** The input with these run days (none: the key is left out, so the plan reads the template only). */
function withRunDays(input: TResolvedPlanInput, runDays: Record<string, TDayType>): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...input };
  delete rest.runDays;
  return Object.keys(runDays).length > 0 ? { ...rest, runDays } : rest;
}

/** Dates whose kind (dated or template) differs between two inputs with the same template, sorted. */
function listChangedDates(before: TResolvedPlanInput, after: TResolvedPlanInput): string[] {
  const dates = new Set([...Object.keys(before.runDays ?? {}), ...Object.keys(after.runDays ?? {})]);
  return [...dates].filter((date) => kindOnDate(before, date) !== kindOnDate(after, date)).sort();
}

/**
 * POST /api/plans/{id}/run-plan/refresh (section 10): reads the plan's linked run plan again over
 * the plan's span, re-applies it to `runDays` keeping the dates the runner changed by hand (see
 * reapplyRunPlan), and stores the new input and snapshot. Moves and skips whose session or target
 * no longer exists are dropped, as on a PUT; the answered plan still lists them in its warnings.
 * Errors: 404, 409 no_run_plan_source, the calendar's (422/413/502), 422 validation_failed when the
 * new run days do not fit the schema, 409 conflict when the plan changed while the feed was read.
 */
export async function refreshRunPlan(options: TRefreshRunPlanOptions): Promise<TRefreshRunPlanResult> {
  const row = await findPlanRow(options.id);
  if (!row) throw planNotFound();
  const input = readStoredInput(row);
  const url = input.runPlanSource?.url;
  if (url === undefined) {
    throw new PlanError("no_run_plan_source", "This plan has no linked run plan to refresh: import your run plan from a link first.");
  }
  const lastRace = input.races.reduce((last, race) => (race.date > last ? race.date : last), input.startDate);
  // Read before the transaction: a slow feed (up to 10 s) must not hold the database. The
  // compare-and-set below refuses the write if the plan changed meanwhile.
  const feed = await readRunPlanSource({ url, timeZone: input.timeZone, from: input.startDate, to: lastRace }, options.deps);

  return runInTransaction(async (db) => {
    const stored = readStoredPlan(row, await listLogRows(row.id, db));
    // A link stored without a snapshot: what was applied counts as the feed's (as on create).
    const previousFeed = stored.runPlanSnapshot?.url === url ? stored.runPlanSnapshot.days : (input.runDays ?? {});
    const runDays = reapplyRunPlan({ runDays: input.runDays ?? {}, previousFeed, feed: feed.days });
    const next = readPlanInput(withRunDays(input, runDays), options.now);
    const base = buildPlan(next, { today: next.startDate });
    const { kept } = pruneAdjustments({ sessions: base.sessions, adjustments: stored.adjustments, context: { input: next, phases: base.phases, windows: base.windows } });
    const runPlanSnapshot: TRunPlanSnapshot = { url, fetchedAt: options.now.toISOString(), days: Object.fromEntries(feed.days.map((day) => [day.date, day.kind])) };
    const updatedAt = await updatePlanRow({
      id: row.id,
      expectedUpdatedAt: row.updatedAt,
      db,
      change: {
        input: JSON.stringify(next),
        inputVersion: CURRENT_INPUT_VERSION,
        adjustments: JSON.stringify(kept),
        runPlanSnapshot: JSON.stringify(runPlanSnapshot),
        engineVersion: base.engineVersion,
      },
    });
    if (!updatedAt) throw new PlanError("conflict", "This plan was changed while your run plan was being read: reload it and refresh again.");
    const after: TStoredPlan = { ...stored, input: next, adjustments: kept, runPlanSnapshot, updatedAt };
    // Evaluated with the adjustments as they were, so the answer's warnings name any move or skip
    // the new run days dropped (the stored ones are already pruned); its sessions are the same.
    const plan = evaluatePlan({ ...after, adjustments: stored.adjustments });
    return { stored: after, plan, changedDates: listChangedDates(input, next) };
  });
}
