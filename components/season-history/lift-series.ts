import { findExercise } from "@/lib/engine/catalogue";
import { convertLoad } from "@/lib/engine/load-steps";
import type { TExerciseCategory, TSessionLog, TUnits } from "@/lib/engine/types";
import { describeLogged } from "@/lib/plan-text/logged-text";

/** The main lifts: the hinge and single-leg exercises (the runner's strength, section 6). */
const MAIN: ReadonlySet<TExerciseCategory> = new Set(["hinge", "single-leg"]);

export type TLiftPoint = { date: string; load: number; done: string };
export type TLiftSeries = { exerciseId: string; name: string; unit: TUnits; points: TLiftPoint[] };

/**
 * Per main lift with a logged load: the heaviest load of each logged session, in the plan's units,
 * in date order. Lifts are ordered by name; logs whose session left the plan still count (history).
 */
export function collectLiftSeries(logs: Readonly<Record<string, TSessionLog & { sessionDate: string }>>, unit: TUnits): TLiftSeries[] {
  const byLift = new Map<string, TLiftSeries>();
  for (const log of Object.values(logs)) {
    if (log.status !== "done") continue;
    for (const entry of log.exercises) {
      const exercise = findExercise(entry.exerciseId);
      const loads = entry.sets.flatMap((set) => (set.load !== undefined && set.load > 0 ? [set.load] : []));
      if (!exercise || !MAIN.has(exercise.category) || loads.length === 0) continue;
      const series = byLift.get(exercise.id) ?? { exerciseId: exercise.id, name: exercise.name, unit, points: [] };
      series.points.push({ date: log.completedOn ?? log.sessionDate, load: convertLoad(Math.max(...loads), log.unit, unit), done: describeLogged(entry, log.unit) });
      byLift.set(exercise.id, series);
    }
  }
  const all = [...byLift.values()];
  for (const series of all) series.points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return all.sort((a, b) => a.name.localeCompare(b.name, "en"));
}
