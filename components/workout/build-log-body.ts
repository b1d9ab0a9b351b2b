/**
 * The PUT body for a finished workout (lib/session-log-input.ts, type only: the schema itself,
 * and zod with it, stays out of the phone's bundle; the server validates and answers 422 with
 * field issues).
 */
import type { TSessionLogInputRaw } from "@/lib/session-log-input";
import type { TWorkoutState } from "./workout-state";
import type { TWorkoutExercise } from "./workout-model";

type TLoggedExercise = NonNullable<TSessionLogInputRaw["exercises"]>[number];
type TLoggedSet = TLoggedExercise["sets"][number];

/** The schema's own limit; repeated exercises are merged and cut to it. */
const MAX_SETS = 10;

/** A whole number typed in a box, or the fallback when the box is empty or not a number. */
function wholeNumber(text: string, fallback: number | undefined): number | undefined {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : fallback;
}

/** "16", "22.5" or "22,5" (a decimal comma on many phones' keypads); nothing else. */
function loadValue(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

function loggedSet(exercise: TWorkoutExercise, draft: { amount: string; load: string }): TLoggedSet {
  const load = exercise.loadUnit ? loadValue(draft.load) : undefined;
  const amount =
    exercise.seconds !== undefined
      ? { seconds: wholeNumber(draft.amount, exercise.seconds) ?? 0 }
      : { reps: wholeNumber(draft.amount, exercise.reps) ?? 0 };
  return load === undefined ? amount : { ...amount, load };
}

/**
 * Only ticked sets are logged; an exercise with none is left out (the schema wants at least one
 * set per logged exercise). RIR belongs to the exercise's last set, so it is sent with the exercise.
 */
export function buildLogBody(state: Pick<TWorkoutState, "exercises" | "sets" | "rir">): TSessionLogInputRaw {
  const byId = new Map<string, TLoggedExercise>();
  state.exercises.forEach((exercise, index) => {
    const sets = state.sets[index].filter((draft) => draft.done).map((draft) => loggedSet(exercise, draft));
    if (sets.length === 0) return;
    const rir = state.rir[index];
    const earlier = byId.get(exercise.exerciseId);
    const merged: TLoggedExercise = {
      exerciseId: exercise.exerciseId,
      sets: [...(earlier?.sets ?? []), ...sets].slice(0, MAX_SETS),
      ...(rir !== null ? { rir } : earlier?.rir !== undefined ? { rir: earlier.rir } : {}),
    };
    byId.set(exercise.exerciseId, merged);
  });
  return { status: "done", exercises: [...byId.values()] };
}
