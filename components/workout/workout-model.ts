/**
 * What workout mode needs of one session, worked out on the server: every text the phone shows is
 * formatted here with the plan's own formatters and the catalogue, so the client island ships
 * neither the catalogue nor the dose formatters, only these plain props.
 */
import { findExercise } from "@/lib/engine/catalogue";
import { measurableImplement } from "@/lib/engine/load-steps";
import type { TPrescription, TSession, TTargetLoad, TUnits } from "@/lib/engine/types";
import { describeLoad, formatDose, formatRest, formatTargetLoad } from "@/lib/plan-text/dose-text";
import { LOAD_LABELS } from "@/lib/plan-text/labels";

export type TWorkoutExercise = {
  exerciseId: string;
  name: string;
  /** "3 × 10 each side". */
  doseText: string;
  /** "90 s". */
  restText: string;
  restSeconds: number;
  sets: number;
  /** Per set: reps (or metres), or seconds for a hold. */
  reps?: number;
  seconds?: number;
  /** The reps box counts metres (carries). */
  metres: boolean;
  /** The catalogue's cue, or null for an exercise the catalogue no longer has. */
  cue: string | null;
  /** "Moderate: a weight that feels like steady work…". */
  effortText: string;
  tempo?: string;
  note?: string;
  /** The concrete load to prefill, when the plan has one (section 11). */
  targetLoad?: TTargetLoad;
  /** "16 kg". */
  targetLoadText?: string;
  /** The unit of the load box, or null when the kit has no measurable load (bodyweight, bands). */
  loadUnit: TUnits | null;
};

export type TWorkout = {
  planId: string;
  sessionId: string;
  title: string;
  units: TUnits;
  exercises: TWorkoutExercise[];
};

function toExercise(item: TPrescription, units: TUnits): TWorkoutExercise {
  const info = findExercise(item.exerciseId);
  const metres = info?.dose === "metres";
  const measurable = item.targetLoad !== undefined || measurableImplement(item.equipment) !== null;
  const note = item.note ? item.note.charAt(0).toUpperCase() + item.note.slice(1) : undefined;
  return {
    exerciseId: item.exerciseId,
    name: item.name,
    doseText: formatDose(item, { unilateral: info?.unilateral ?? false, metres }),
    restText: formatRest(item.restSeconds),
    restSeconds: item.restSeconds,
    sets: item.sets,
    ...(item.seconds !== undefined ? { seconds: item.seconds } : item.reps !== undefined ? { reps: item.reps } : {}),
    metres,
    cue: info?.cue ?? null,
    effortText: `${LOAD_LABELS[item.load]}: ${describeLoad(item)}`,
    ...(item.tempo ? { tempo: item.tempo } : {}),
    ...(note ? { note } : {}),
    ...(item.targetLoad ? { targetLoad: item.targetLoad, targetLoadText: formatTargetLoad(item.targetLoad) } : {}),
    loadUnit: measurable ? (item.targetLoad?.unit ?? units) : null,
  };
}

export function buildWorkout(options: { planId: string; session: TSession; units: TUnits }): TWorkout {
  const { planId, session, units } = options;
  return {
    planId,
    sessionId: session.id,
    title: session.title,
    units,
    exercises: session.exercises.map((item) => toExercise(item, units)),
  };
}
