import { checkMoveTarget } from "@/lib/engine/adjustments";
import { kindOnDate } from "@/lib/engine/dated-kinds";
import { findExercise } from "@/lib/engine/catalogue";
import { measurableImplement } from "@/lib/engine/load-steps";
import type { TPlan, TPrescription, TSession, TSessionLog } from "@/lib/engine/types";
import { addDays, formatDate, mondayOf } from "@/lib/dates";
import { DAY_TYPE_LABELS, SLOT_LABELS } from "@/lib/plan-text/labels";
import { formatDose } from "@/lib/plan-text/dose-text";
import type { TLogFormExercise, TMoveOption, TSessionActionData } from "./types";

function dayLabel(plan: TPlan, date: string): string {
  return `${formatDate(date, "weekday")} · ${DAY_TYPE_LABELS[kindOnDate(plan.input, date)]}`;
}

/** Every other date of the session's week: the engine's checkMoveTarget, then whether another session holds it. */
export function listMoveOptions(plan: TPlan, session: TSession): TMoveOption[] {
  const monday = mondayOf(session.movedFrom ?? session.date);
  const options: TMoveOption[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(monday, offset);
    if (date === session.date) continue;
    const label = dayLabel(plan, date);
    const check = checkMoveTarget(plan, session, date);
    const other = plan.sessions.find((candidate) => candidate.id !== session.id && candidate.date === date);
    if (!check.ok) options.push({ date, label, ok: false, why: check.why.text });
    else if (other) options.push({ date, label, ok: false, why: `${formatDate(date, "weekdayDayMonth")} already has ${SLOT_LABELS[other.slot]}` });
    else options.push({ date, label, ok: true });
  }
  return options;
}

function measureOf(item: TPrescription): "reps" | "seconds" | null {
  if (item.seconds !== undefined) return "seconds";
  return item.reps !== undefined ? "reps" : null;
}

type TDoneSet = { reps?: number; seconds?: number; load?: number };

/** The prescription as done: every set as prescribed, at the target load when there is one. */
function asDone(item: TPrescription, measure: "reps" | "seconds"): TDoneSet[] {
  const count = measure === "seconds" ? item.seconds! : item.reps!;
  const load = item.targetLoad?.value;
  return Array.from({ length: item.sets }, () => ({ [measure]: count, ...(load !== undefined ? { load } : {}) }));
}

function formExercise(item: TPrescription, measure: "reps" | "seconds", log: TSessionLog | undefined): TLogFormExercise {
  const info = findExercise(item.exerciseId);
  const logged = log?.status === "done" ? log.exercises.find((entry) => entry.exerciseId === item.exerciseId) : undefined;
  const planned = asDone(item, measure).map((set) => ({ count: set[measure] ?? 0, load: set.load === undefined ? "" : String(set.load) }));
  const sets = logged
    ? logged.sets.map((set) => ({ count: (measure === "seconds" ? set.seconds : set.reps) ?? 0, load: set.load === undefined ? "" : String(set.load) }))
    : planned;
  return {
    exerciseId: item.exerciseId,
    name: item.name,
    dose: formatDose(item, { unilateral: info?.unilateral ?? false, metres: info?.dose === "metres" }),
    measure,
    sets,
    loadable: measurableImplement(item.equipment) !== null,
    rir: logged?.rir === undefined ? "" : String(logged.rir),
  };
}

/** Everything the owner's controls of one session need, computed on the server from the plan. */
export function buildSessionActionData(options: { planId: string; plan: TPlan; session: TSession; log?: TSessionLog; today: string }): TSessionActionData {
  const { plan, session, log } = options;
  const exercises = session.exercises.flatMap((item) => {
    const measure = measureOf(item);
    return measure ? [{ item, measure }] : [];
  });
  return {
    planId: options.planId,
    sessionId: session.id,
    name: `${SLOT_LABELS[session.slot]} on ${formatDate(session.date, "weekday")}`,
    status: session.status,
    moves: listMoveOptions(plan, session),
    putBack: session.movedFrom ? { date: session.movedFrom, label: dayLabel(plan, session.movedFrom) } : null,
    loggable: session.date <= addDays(options.today, 1),
    hasLog: log !== undefined,
    doneBody: { status: "done", exercises: exercises.map(({ item, measure }) => ({ exerciseId: item.exerciseId, sets: asDone(item, measure) })) },
    form: {
      unit: plan.input.units,
      exercises: exercises.map(({ item, measure }) => formExercise(item, measure, log)),
      note: log?.note ?? "",
    },
  };
}
