/**
 * How what the runner logged reads on the plan page ("last time", the season history): the same
 * words for reps, holds and loads as the prescription's dose.
 */
import type { TAdaptationRule, TLoggedExercise, TUnits } from "../engine/types";
import { formatTargetLoad } from "./dose-text";

/** "3 × 10 at 16 kg", "10, 10, 9 at 16 kg", "3 × 30 s"; the last set's reps in reserve when given. */
export function describeLogged(entry: Pick<TLoggedExercise, "sets" | "rir">, unit: TUnits): string {
  const counts = entry.sets.map((set) => (set.seconds !== undefined ? `${set.seconds} s` : String(set.reps ?? 0)));
  const same = counts.every((count) => count === counts[0]);
  const volume = same ? `${counts.length} × ${counts[0]}` : counts.join(", ");
  const loads = entry.sets.flatMap((set) => (set.load !== undefined && set.load > 0 ? [set.load] : []));
  const load = loads.length > 0 ? ` at ${formatTargetLoad({ value: Math.max(...loads), unit })}` : "";
  const rir = entry.rir === undefined ? "" : `, ${entry.rir} in reserve`;
  return `${volume}${load}${rir}`;
}

/** What an adapted prescription did with the last log, in a few words (the reasons say the rest). */
export const ADAPTATION_LABELS: Record<TAdaptationRule, string> = {
  beat: "Up a step: you beat the target last time",
  missed: "The same again: last time fell short",
  "missed-twice": "A step back: it fell short twice",
  skipped: "The same again: the last one was skipped",
  held: "Held: the race block keeps the dose",
};

/** The reps-in-reserve question, asked on the last set only (DOMAIN.md section 11). */
export const RIR_HINT = "Reps in reserve: how many more good reps you could have done on the last set (0 = none left, 5 = five or more).";
