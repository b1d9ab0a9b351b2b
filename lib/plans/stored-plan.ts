/**
 * A stored plan read back: rows parsed through their schemas (never cast) into what the engine
 * needs, and the plan evaluated from them. Plans are data: the input, the runner's adjustments and
 * logs are kept apart and combined only here, on every read.
 */
import { z } from "zod";
import { buildPlan } from "@/lib/engine/build-plan";
import type { TAdjustments, TPlan, TSessionLog } from "@/lib/engine/types";
import type { TResolvedPlanInput } from "@/lib/plan-input";
import { isIsoDate } from "@/lib/dates";
import { ZLoggedExercise } from "@/lib/session-log-input";
import type { TLogRow } from "@/lib/db/logs";
import type { TPlanRow } from "@/lib/db/plans";
import { readStoredInput, StoredInputError } from "./stored-input";

const ZIso = z.string().refine(isIsoDate);

const ZStoredAdjustments = z.object({
  moves: z.record(z.string(), ZIso).default({}),
  skips: z.array(z.string()).default([]),
});

const ZStoredLogExercises = z.object({ unit: z.enum(["kg", "lb"]), exercises: z.array(ZLoggedExercise) });

const ZRunPlanSnapshot = z.object({
  url: z.string(),
  fetchedAt: z.string(),
  days: z.record(z.string(), z.enum(["rest", "easy", "hard", "long", "cross"])),
});

/** A log as kept: what was done, plus the session it was for (so it outlives that session). */
export type TStoredLog = TSessionLog & { sessionDate: string; sessionTitle: string; updatedAt: string };

/** What the linked run-plan feed said when it was last read (section 10). */
export type TRunPlanSnapshot = z.output<typeof ZRunPlanSnapshot>;

export type TStoredPlan = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  input: TResolvedPlanInput;
  adjustments: TAdjustments;
  logs: Record<string, TStoredLog>;
  runPlanSnapshot: TRunPlanSnapshot | null;
};

function parseJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StoredInputError(`stored ${what} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredInputError(`stored ${what} does not match its schema`);
  return parsed.data;
}

export function readLogRow(row: TLogRow): TStoredLog {
  const { unit, exercises } = parseJson(ZStoredLogExercises, row.exercises, "log");
  return {
    status: row.status === "skipped" ? "skipped" : "done",
    ...(row.completedOn ? { completedOn: row.completedOn } : {}),
    exercises,
    ...(row.note ? { note: row.note } : {}),
    unit,
    sessionDate: row.sessionDate,
    sessionTitle: row.sessionTitle,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Throws StoredInputError for a row this build cannot read (a bug: answered 500 and logged). */
export function readStoredPlan(row: TPlanRow, logRows: readonly TLogRow[]): TStoredPlan {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    input: readStoredInput(row),
    adjustments: parseJson(ZStoredAdjustments, row.adjustments, "adjustments"),
    logs: Object.fromEntries(logRows.map((log) => [log.sessionId, readLogRow(log)])),
    runPlanSnapshot: row.runPlanSnapshot === null ? null : parseJson(ZRunPlanSnapshot, row.runPlanSnapshot, "run plan snapshot"),
  };
}

/**
 * The plan as the runner lives it: the engine's plan with their moves, skips and logs applied. The
 * stored input has its start date resolved, so `today` cannot change the result.
 */
export function evaluatePlan(stored: Pick<TStoredPlan, "input" | "adjustments" | "logs">): TPlan {
  return buildPlan(stored.input, { today: stored.input.startDate, adjustments: stored.adjustments, logs: stored.logs });
}
